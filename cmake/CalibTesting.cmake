# calib_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                [WRAPPER <command...>])
#
# Registers one Qt Test executable with CTest. Every test runs offscreen with its own
# throw-away HOME, XDG config/data/cache dirs, so nothing touches the user's settings.
# WRAPPER runs the test through a command (e.g. its own D-Bus session and keyring).
function(calib_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS;WRAPPER" ${ARGN})
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES
        RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
    target_include_directories(${ARG_NAME} PRIVATE ${CMAKE_SOURCE_DIR}/tests ${CMAKE_SOURCE_DIR})
    target_link_libraries(${ARG_NAME} PRIVATE calib_common calib_testsupport Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        CALIB_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        CALIB_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${ARG_NAME}>)
    set(home ${CMAKE_BINARY_DIR}/tests/home/${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT_MODIFICATION
            "QT_QPA_PLATFORM=set:offscreen;CALIB_TEST_HOME=set:${home};XDG_CONFIG_HOME=set:${home}/config;XDG_DATA_HOME=set:${home}/data;XDG_CACHE_HOME=set:${home}/cache;QT_LOGGING_RULES=set:workbench.*.debug=false")
endfunction()

# Registers every tests/<folder>/tst_*.cpp as its own test, labelled with the folder name.
function(calib_add_tests_in_folder folder)
    cmake_parse_arguments(ARG "" "" "LIBS;LABELS;WRAPPER" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(source IN LISTS sources)
        get_filename_component(name ${source} NAME_WE)
        calib_add_test(NAME ${name} SOURCES ${source} LIBS ${ARG_LIBS} LABELS ${folder} ${ARG_LABELS}
            WRAPPER ${ARG_WRAPPER})
    endforeach()
endfunction()
