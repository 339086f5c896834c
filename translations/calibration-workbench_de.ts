<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiContractDialog</name>
    <message>
        <source>API Contract</source>
        <translation>API-Vertrag</translation>
    </message>
    <message>
        <source>&amp;Operations (double-click one to show it in the full text):</source>
        <translation>&amp;Operationen (Doppelklick zeigt sie im vollständigen Text):</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Text in the contract (Enter finds the next match)</source>
        <translation>Text im Vertrag (Eingabetaste findet den nächsten Treffer)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriger</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächster</translation>
    </message>
    <message>
        <source>Contract text</source>
        <translation>Vertragstext</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The settings file %1 is malformed.</source>
        <translation>Die Einstellungsdatei %1 ist fehlerhaft.</translation>
    </message>
</context>
<context>
    <name>AppliedHistory</name>
    <message>
        <source>A history entry needs a profile and a calibration id.</source>
        <translation>Ein Verlaufseintrag benötigt ein Profil und eine Kalibrierungs-ID.</translation>
    </message>
    <message>
        <source>History entry %1: %2</source>
        <translation>Verlaufseintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation>Der Profilname darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters.</source>
        <translation>Der Profilname ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The profile name contains control characters.</source>
        <translation>Der Profilname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>Give either a tenant name or a base URL.</source>
        <translation>Geben Sie entweder einen Mandantennamen oder eine Basis-URL an.</translation>
    </message>
    <message>
        <source>The base URL must be a complete http(s) address such as https://tenant.cognigy.com/api/v1.</source>
        <translation>Die Basis-URL muss eine vollständige http(s)-Adresse sein, z. B. https://tenant.cognigy.com/api/v1.</translation>
    </message>
    <message>
        <source>The tenant name may only contain letters, digits and hyphens.</source>
        <translation>Der Mandantenname darf nur Buchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation>Das Profil benötigt eine Client-ID.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>e.g. acme for https://acme.cognigy.com/api/v1</source>
        <translation>z. B. acme für https://acme.cognigy.com/api/v1</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>optional: overrides the tenant URL</source>
        <translation>optional: überschreibt die Mandanten-URL</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation>leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>A draft needs a profile.</source>
        <translation>Ein Entwurf benötigt ein Profil.</translation>
    </message>
    <message>
        <source>The draft of %1: %2</source>
        <translation>Der Entwurf von %1: %2</translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message numerus="yes">
        <source>Label %n alert(s) %1</source>
        <translation>
            <numerusform>%n Alarm als %1 kennzeichnen</numerusform>
            <numerusform>%n Alarme als %1 kennzeichnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>%1 (database %2): %3</source>
        <translation>%1 (Datenbank %2): %3</translation>
    </message>
    <message>
        <source>The data folder cannot be created</source>
        <translation>Der Datenordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The local database cannot be opened</source>
        <translation>Die lokale Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation>Write-Ahead-Logging ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The local database cannot be used; it may be damaged. Move the file aside to start with an empty one</source>
        <translation>Die lokale Datenbank kann nicht verwendet werden; sie ist möglicherweise beschädigt. Verschieben Sie die Datei, um mit einer leeren Datenbank zu beginnen</translation>
    </message>
    <message>
        <source>The local database is not open</source>
        <translation>Die lokale Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>A statement could not be prepared</source>
        <translation>Eine Anweisung konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation>Eine Anweisung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The local database was written by a newer version of the application (schema %1; this version knows up to %2)</source>
        <translation>Die lokale Datenbank wurde von einer neueren Version der Anwendung geschrieben (Schema %1; diese Version kennt bis %2)</translation>
    </message>
    <message>
        <source>update the application</source>
        <translation>Aktualisieren Sie die Anwendung</translation>
    </message>
    <message>
        <source>Upgrading the local database to schema %1 failed: %2</source>
        <translation>Die Aktualisierung der lokalen Datenbank auf Schema %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Outbox row %1: %2</source>
        <translation>Postausgangszeile %1: %2</translation>
    </message>
    <message>
        <source>Outbox row %1 has an unknown state.</source>
        <translation>Postausgangszeile %1 hat einen unbekannten Status.</translation>
    </message>
    <message>
        <source>An apply needs an idempotency key.</source>
        <translation>Eine Übernahme benötigt einen Idempotenzschlüssel.</translation>
    </message>
    <message>
        <source>The idempotency key %1 is already in the outbox (row %2).</source>
        <translation>Der Idempotenzschlüssel %1 ist bereits im Postausgang (Zeile %2).</translation>
    </message>
    <message>
        <source>The new outbox row could not be read back.</source>
        <translation>Die neue Postausgangszeile konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>Outbox row %1 is already closed (%2).</source>
        <translation>Postausgangszeile %1 ist bereits abgeschlossen (%2).</translation>
    </message>
    <message>
        <source>There is no outbox row %1.</source>
        <translation>Es gibt keine Postausgangszeile %1.</translation>
    </message>
    <message>
        <source>An outbox row can only be closed as done or failed.</source>
        <translation>Eine Postausgangszeile kann nur als erledigt oder fehlgeschlagen abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is the built-in profile; choose another name.</source>
        <translation>„%1“ ist das integrierte Profil; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Only the built-in profile talks to the sandbox.</source>
        <translation>Nur das integrierte Profil kommuniziert mit der Sandbox.</translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; already exists.</source>
        <translation>Ein Profil namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be changed.</source>
        <translation>Das integrierte Profil „%1“ kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be removed.</source>
        <translation>Das integrierte Profil „%1“ kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>RegisterWebhookDialog</name>
    <message>
        <source>Register Webhook</source>
        <translation>Webhook registrieren</translation>
    </message>
    <message>
        <source>&amp;URL the tenant delivers to:</source>
        <translation>&amp;URL, an die der Mandant liefert:</translation>
    </message>
    <message>
        <source>https://hooks.example.com/calibration</source>
        <translation>https://hooks.example.com/calibration</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Events to deliver:</source>
        <translation>Zu liefernde Ereignisse:</translation>
    </message>
    <message>
        <source>A signing secret is generated for this webhook from the system&apos;s secure random source. It is shown once, right after registering, and kept in the system keychain.</source>
        <translation>Für diesen Webhook wird ein Signaturgeheimnis aus der sicheren Zufallsquelle des Systems erzeugt. Es wird einmal angezeigt, direkt nach der Registrierung, und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ReviewApplyDialog</name>
    <message>
        <source>Review and Apply</source>
        <translation>Prüfen und anwenden</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>A review needs a tenant and an alert id.</source>
        <translation>Eine Prüfung benötigt einen Mandanten und eine Alarm-ID.</translation>
    </message>
    <message>
        <source>The review of alert %1 has an unknown label.</source>
        <translation>Die Prüfung von Alarm %1 hat eine unbekannte Kennzeichnung.</translation>
    </message>
    <message>
        <source>The review of alert %1: %2</source>
        <translation>Die Prüfung von Alarm %1: %2</translation>
    </message>
</context>
<context>
    <name>WebhookSecretDialog</name>
    <message>
        <source>Webhook Signing Secret</source>
        <translation>Signaturgeheimnis des Webhooks</translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation>&amp;Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard (cleared again after a short while)</source>
        <translation>Geheimnis in die Zwischenablage kopieren (wird nach kurzer Zeit wieder geleert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only now and will not be shown again.&lt;/b&gt; Enter it in the receiving platform&apos;s webhook settings: it checks the X-Cognigy-Signature header of every delivery with it.</source>
        <translation>&lt;b&gt;Dieses Geheimnis wird nur jetzt angezeigt und nie wieder.&lt;/b&gt; Tragen Sie es in den Webhook-Einstellungen der empfangenden Plattform ein: Sie prüft damit den Header X-Cognigy-Signature jeder Lieferung.</translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message numerus="yes">
        <source>signature valid (%n s old)</source>
        <translation>
            <numerusform>Signatur gültig (%n s alt)</numerusform>
            <numerusform>Signatur gültig (%n s alt)</numerusform>
        </translation>
    </message>
    <message>
        <source>no X-Cognigy-Signature header</source>
        <translation>kein X-Cognigy-Signature-Header</translation>
    </message>
    <message>
        <source>malformed signature header</source>
        <translation>fehlerhafter Signatur-Header</translation>
    </message>
    <message>
        <source>signature timestamp outside the tolerance (%1 s)</source>
        <translation>Zeitstempel der Signatur außerhalb der Toleranz (%1 s)</translation>
    </message>
    <message>
        <source>signature does not match the body</source>
        <translation>Signatur passt nicht zum Inhalt</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhooks send tenant events to coaching platforms. Every delivery is signed with the webhook&apos;s own secret (X-Cognigy-Signature: HMAC-SHA256 over the timestamp and the body).</source>
        <translation>Webhooks senden Ereignisse des Mandanten an Coaching-Plattformen. Jede Lieferung ist mit dem eigenen Geheimnis des Webhooks signiert (X-Cognigy-Signature: HMAC-SHA256 über Zeitstempel und Inhalt).</translation>
    </message>
    <message>
        <source>Registered webhooks</source>
        <translation>Registrierte Webhooks</translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the registered webhooks again (F5)</source>
        <translation>Die registrierten Webhooks neu laden (F5)</translation>
    </message>
    <message>
        <source>Refresh the webhook list</source>
        <translation>Webhook-Liste aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistrieren…</translation>
    </message>
    <message>
        <source>Register a new webhook with a generated signing secret</source>
        <translation>Einen neuen Webhook mit erzeugtem Signaturgeheimnis registrieren</translation>
    </message>
    <message>
        <source>Register a webhook</source>
        <translation>Einen Webhook registrieren</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected webhook and its stored secret (Del)</source>
        <translation>Den ausgewählten Webhook und sein gespeichertes Geheimnis löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation>Den ausgewählten Webhook löschen</translation>
    </message>
    <message>
        <source>Test deli&amp;very</source>
        <translation>Lieferung &amp;testen</translation>
    </message>
    <message>
        <source>Test a signed delivery</source>
        <translation>Eine signierte Lieferung testen</translation>
    </message>
    <message>
        <source>Webhooks status</source>
        <translation>Webhook-Status</translation>
    </message>
</context>
<context>
    <name>calib::AlertExporter</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
</context>
<context>
    <name>calib::AlertReviewModel</name>
    <message>
        <source>True positive</source>
        <translation>Richtig positiv</translation>
    </message>
    <message>
        <source>False positive</source>
        <translation>Falsch positiv</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>✗ emotion check failed</source>
        <translation>✗ Emotionsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>✗ no lexicon term</source>
        <translation>✗ kein Lexikonbegriff</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <source>Transcript excerpt</source>
        <translation>Transkriptauszug</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Kennzeichnung</translation>
    </message>
</context>
<context>
    <name>calib::ApiContractDialog</name>
    <message>
        <source>Version %1 (OpenAPI %2). This is the copy of the wire contract bundled with this build of the workbench; the client and the built-in sandbox follow it.</source>
        <translation>Version %1 (OpenAPI %2). Dies ist die mit diesem Build der Workbench ausgelieferte Kopie des Schnittstellenvertrags; Client und eingebaute Sandbox folgen ihm.</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
    <message>
        <source>none (issues the token)</source>
        <translation>keine (stellt das Token aus)</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>[extension] %1</source>
        <translation>[Erweiterung] %1</translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation>%1 (Operation %2)</translation>
    </message>
    <message>
        <source>%1

An extension of the contract: a tenant may answer 404 or 405, and the workbench then works on without it.</source>
        <translation>%1

Eine Erweiterung des Vertrags: Ein Mandant darf mit 404 oder 405 antworten, und die Workbench arbeitet dann ohne sie weiter.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Wrapped to the end</source>
        <translation>Am Ende fortgesetzt</translation>
    </message>
    <message>
        <source>Wrapped to the top</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>Save API Contract</source>
        <translation>API-Vertrag speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.yaml *.yml);;All files (*)</source>
        <translation>OpenAPI-Dokumente (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>calib::ApplyOperation</name>
    <message>
        <source>Validating</source>
        <translation>Wird validiert</translation>
    </message>
    <message>
        <source>Recording in the outbox</source>
        <translation>Wird im Postausgang erfasst</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Warten auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation>Engine ausgelastet</translation>
    </message>
    <message>
        <source>Model reweight running</source>
        <translation>Modell-Neugewichtung läuft</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>The calibration breaks %n engine constraint(s); nothing was sent.</source>
        <translation>
            <numerusform>Die Kalibrierung verletzt %n Engine-Bedingung; es wurde nichts gesendet.</numerusform>
            <numerusform>Die Kalibrierung verletzt %n Engine-Bedingungen; es wurde nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>Could not record the apply in the local outbox, so it was not sent: %1</source>
        <translation>Die Übernahme konnte nicht im lokalen Postausgang erfasst werden und wurde daher nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The calibration was applied, but the model reweight job %1 failed: %2</source>
        <translation>Die Kalibrierung wurde übernommen, aber der Neugewichtungsauftrag %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The outbox row&apos;s payload cannot be read: %1</source>
        <translation>Die Nutzdaten der Postausgangszeile können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
</context>
<context>
    <name>calib::ApplyPreview</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
</context>
<context>
    <name>calib::AuditExporter</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
</context>
<context>
    <name>calib::AuditPanel</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation>JSONL exportieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>Select an event to see all of its fields and changes.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle seine Felder und Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>Ereignis-JSON</translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <source>Not connected: connect to a tenant or the sandbox to browse its audit trail.</source>
        <translation>Nicht verbunden: Verbinden Sie sich mit einem Mandanten oder der Sandbox, um das Prüfprotokoll zu durchsuchen.</translation>
    </message>
    <message>
        <source>%1 events shown, %2 loaded</source>
        <translation>%1 Ereignisse angezeigt, %2 geladen</translation>
    </message>
    <message>
        <source> (the whole trail)</source>
        <translation> (das gesamte Protokoll)</translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation>, wird geladen …</translation>
    </message>
    <message>
        <source>; actor and dates filtered by the tenant</source>
        <translation>; Akteur und Datum vom Mandanten gefiltert</translation>
    </message>
    <message>
        <source>; the tenant cannot filter, filtering here</source>
        <translation>; der Mandant kann nicht filtern, Filterung erfolgt hier</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export audit events as CSV</source>
        <translation>Prüfprotokollereignisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Export audit events as JSON Lines</source>
        <translation>Prüfprotokollereignisse als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>Selected audit event</source>
        <translation>Ausgewähltes Audit-Ereignis</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filter nach Aktion</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Filter nach Akteur</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>the rows were reloaded while exporting; the file was left as it was</source>
        <translation>die Zeilen wurden während des Exports neu geladen; die Datei blieb unverändert</translation>
    </message>
    <message>
        <source>Export failed: %1.</source>
        <translation>Export fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Searching: %1 loaded, none matches yet</source>
        <translation>Suche: %1 geladen, noch kein Treffer</translation>
    </message>
</context>
<context>
    <name>calib::AuditRowsExporter</name>
    <message>
        <source>The export file was closed.</source>
        <translation>Die Exportdatei wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>calib::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The tenant sent the same page cursor again; loading stopped.</source>
        <translation>Der Mandant hat denselben Seiten-Cursor erneut gesendet; das Laden wurde beendet.</translation>
    </message>
</context>
<context>
    <name>calib::CalibrationEditor</name>
    <message>
        <source>Where negative, neutral and positive sentiment are anchored.</source>
        <translation>Wo negative, neutrale und positive Stimmung verankert sind.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Polarity matrix</source>
        <translation>Polaritätsmatrix</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Model reweight</source>
        <translation>Modell-Neugewichtung</translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation>Alarmauslöser</translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation>Interaktions-IDs</translation>
    </message>
    <message>
        <source>Sensitivity level</source>
        <translation>Empfindlichkeitsstufe</translation>
    </message>
    <message>
        <source>Sensitivity level value</source>
        <translation>Wert der Empfindlichkeitsstufe</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>Higher values fire alerts on weaker signals.</source>
        <translation>Höhere Werte lösen Alarme schon bei schwächeren Signalen aus.</translation>
    </message>
    <message>
        <source>Re&amp;weight the trigger model when applying</source>
        <translation>Auslösermodell beim Übernehmen &amp;neu gewichten</translation>
    </message>
    <message>
        <source>Reweight the trigger model</source>
        <translation>Auslösermodell neu gewichten</translation>
    </message>
    <message>
        <source>Applying with this on starts a background reweight job on the tenant. Until the job finishes, the tenant refuses further applies; the workbench waits and shows its progress.</source>
        <translation>Ist dies aktiviert, startet die Übernahme einen Neugewichtungsauftrag im Hintergrund beim Mandanten. Bis der Auftrag abgeschlossen ist, lehnt der Mandant weitere Übernahmen ab; die Workbench wartet und zeigt den Fortschritt an.</translation>
    </message>
    <message>
        <source>Turn model reweight on</source>
        <translation>Modell-Neugewichtung einschalten</translation>
    </message>
    <message>
        <source>Turn model reweight off</source>
        <translation>Modell-Neugewichtung ausschalten</translation>
    </message>
    <message>
        <source>Change sensitivity to %1</source>
        <translation>Empfindlichkeit auf %1 ändern</translation>
    </message>
</context>
<context>
    <name>calib::ClientTuning</name>
    <message>
        <source>%1 must be a whole number from 1 to 20.</source>
        <translation>%1 muss eine ganze Zahl von 1 bis 20 sein.</translation>
    </message>
    <message>
        <source>%1 must be a number above 0 and at most 1.</source>
        <translation>%1 muss eine Zahl größer als 0 und höchstens 1 sein.</translation>
    </message>
</context>
<context>
    <name>calib::ConnectionProfilesDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>The built-in sandbox runs inside the workbench and needs no secret.</source>
        <translation>Die integrierte Sandbox läuft innerhalb der Workbench und benötigt kein Geheimnis.</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain when you save.</source>
        <translation>Das Geheimnis wird beim Speichern im Systemschlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation>Schlüsselbund wird geprüft ...</translation>
    </message>
    <message>
        <source>A secret is kept for this session only (no keychain).</source>
        <translation>Ein Geheimnis wird nur für diese Sitzung aufbewahrt (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation>Ein Geheimnis ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain...</source>
        <translation>Geheimnis wird im Schlüsselbund gespeichert ...</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Requesting a token...</source>
        <translation>Token wird angefordert ...</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from the keychain?</source>
        <translation>Das Profil „%1“ und sein Geheimnis aus dem Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the connection in use: disconnect before renaming it.</source>
        <translation>„%1“ ist die aktive Verbindung: vor dem Umbenennen trennen.</translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; could not be moved to the new name: %2</source>
        <translation>Die lokalen Daten von „%1“ konnten nicht unter den neuen Namen verschoben werden: %2</translation>
    </message>
    <message>
        <source>Moving the secret in the keychain...</source>
        <translation>Das Geheimnis wird im Schlüsselbund verschoben ...</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the connection in use: disconnect before removing it.</source>
        <translation>„%1“ ist die aktive Verbindung: vor dem Entfernen trennen.</translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; cannot be read: %2</source>
        <translation>Die lokalen Daten von „%1“ können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Its local data is deleted with it: %1.</source>
        <translation>Seine lokalen Daten werden mitgelöscht: %1.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; removing its secret from the keychain...</source>
        <translation>Profil „%1“ entfernt; sein Geheimnis wird aus dem Schlüsselbund entfernt ...</translation>
    </message>
    <message>
        <source>To be sure, connect with this profile and resume its unfinished applies before removing it.</source>
        <translation>Um sicherzugehen, verbinden Sie sich mit diesem Profil und setzen Sie seine unvollständigen Übernahmen fort, bevor Sie es entfernen.</translation>
    </message>
</context>
<context>
    <name>calib::CredentialResolver</name>
    <message>
        <source>Give only one of --profile, --sandbox, or --base-url/--tenant with --client-id.</source>
        <translation>Geben Sie nur eine der Optionen --profile, --sandbox oder --base-url/--tenant mit --client-id an.</translation>
    </message>
    <message>
        <source>Give either --base-url or --tenant, not both.</source>
        <translation>Geben Sie entweder --base-url oder --tenant an, nicht beides.</translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation>die integrierte Sandbox</translation>
    </message>
    <message>
        <source>--client-id and --auth-method cannot be combined with --profile; the profile holds them.</source>
        <translation>--client-id und --auth-method können nicht mit --profile kombiniert werden; das Profil enthält diese.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a complete address such as https://acme.cognigy.com/api/v1.</source>
        <translation>Die Basis-URL „%1“ ist keine vollständige Adresse wie https://acme.cognigy.com/api/v1.</translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; may only contain letters, digits and hyphens.</source>
        <translation>Der Mandantenname „%1“ darf nur Buchstaben, Ziffern und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>No connection given: use --profile NAME, --sandbox, or --base-url URL (or --tenant T) with --client-id ID and the secret in %1.</source>
        <translation>Keine Verbindung angegeben: Verwenden Sie --profile NAME, --sandbox oder --base-url URL (bzw. --tenant T) mit --client-id ID und dem Geheimnis in %1.</translation>
    </message>
    <message>
        <source>A client id is needed: give --client-id ID or set %1.</source>
        <translation>Eine Client-ID wird benötigt: Geben Sie --client-id ID an oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>--auth-method must be &quot;form&quot; or &quot;basic&quot;.</source>
        <translation>--auth-method muss „form“ oder „basic“ sein.</translation>
    </message>
    <message>
        <source>The client secret is missing: set the environment variable %1.</source>
        <translation>Das Client-Geheimnis fehlt: Setzen Sie die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot; (see: calibctl profile list).</source>
        <translation>Es gibt kein Profil namens „%1“ (siehe: calibctl profile list).</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>der Schlüsselbund</translation>
    </message>
    <message>
        <source>No client secret for profile &quot;%1&quot;: %2 Store one with: calibctl profile set-secret %1</source>
        <translation>Kein Client-Geheimnis für Profil „%1“: %2 Speichern Sie eines mit: calibctl profile set-secret %1</translation>
    </message>
    <message>
        <source>--client-id and --auth-method cannot be combined with --sandbox; the sandbox has its own client.</source>
        <translation>--client-id und --auth-method können nicht mit --sandbox kombiniert werden; die Sandbox hat ihren eigenen Client.</translation>
    </message>
    <message>
        <source>The keychain is not available and %1 is not set.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar und %1 ist nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>calib::CurrentCalibration</name>
    <message>
        <source>Calibration in force, version %1</source>
        <translation>Gültige Kalibrierung, Version %1</translation>
    </message>
    <message>
        <source>Read from %1 (calibration %2, applied %3).</source>
        <translation>Gelesen von %1 (Kalibrierung %2, übernommen %3).</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
</context>
<context>
    <name>calib::DatasetVerification</name>
    <message>
        <source>%1 of %2 rows passed the verification pipeline.</source>
        <translation>%1 von %2 Zeilen haben die Überprüfung bestanden.</translation>
    </message>
    <message>
        <source>The lexicon is empty: the lexical check was skipped.</source>
        <translation>Das Lexikon ist leer: Die lexikalische Prüfung wurde übersprungen.</translation>
    </message>
    <message>
        <source>Matched terms: %1</source>
        <translation>Gefundene Begriffe: %1</translation>
    </message>
</context>
<context>
    <name>calib::Directive</name>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <source>Notify</source>
        <translation>Benachrichtigen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokollieren</translation>
    </message>
</context>
<context>
    <name>calib::DirectiveDelegate</name>
    <message>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
</context>
<context>
    <name>calib::Emotion</name>
    <message>
        <source>Anger</source>
        <translation>Ärger</translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation>Frustration</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Verwirrung</translation>
    </message>
</context>
<context>
    <name>calib::EmotionDelegate</name>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
</context>
<context>
    <name>calib::FieldPath</name>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>Polarity matrix</source>
        <translation>Polaritätsmatrix</translation>
    </message>
    <message>
        <source>Polarity matrix · %1</source>
        <translation>Polaritätsmatrix · %1</translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation>Alarmauslöser</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation>Auslöser %1</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Empfindlichkeit</translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation>Interaktions-IDs</translation>
    </message>
    <message>
        <source>Interaction id %1</source>
        <translation>Interaktions-ID %1</translation>
    </message>
    <message>
        <source>Model reweight</source>
        <translation>Modell-Neugewichtung</translation>
    </message>
</context>
<context>
    <name>calib::InteractionIdListEditor</name>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Paste ids</source>
        <translation>IDs ei&amp;nfügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation>Interaktions-IDs</translation>
    </message>
    <message>
        <source>Paste ids separated by newlines, commas or spaces with Ctrl+V</source>
        <translation>Durch Zeilenumbrüche, Kommas oder Leerzeichen getrennte IDs mit Strg+V einfügen</translation>
    </message>
    <message>
        <source>New interaction ids</source>
        <translation>Neue Interaktions-IDs</translation>
    </message>
    <message>
        <source>Type or paste ids, then Enter</source>
        <translation>IDs eingeben oder einfügen, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Add interaction ids</source>
        <translation>Interaktions-IDs hinzufügen</translation>
    </message>
    <message>
        <source>Paste interaction ids from the clipboard</source>
        <translation>Interaktions-IDs aus der Zwischenablage einfügen</translation>
    </message>
    <message>
        <source>Add every id in the clipboard (newline, comma or space separated)</source>
        <translation>Alle IDs aus der Zwischenablage hinzufügen (durch Zeilenumbruch, Komma oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <source>Remove selected interaction ids</source>
        <translation>Ausgewählte Interaktions-IDs entfernen</translation>
    </message>
    <message>
        <source>Remove the selected ids (Del)</source>
        <translation>Ausgewählte IDs entfernen (Entf)</translation>
    </message>
    <message>
        <source>Number of interaction ids</source>
        <translation>Anzahl der Interaktions-IDs</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 to %2 interaction ids</source>
        <translation>%1 bis %2 Interaktions-IDs</translation>
    </message>
    <message>
        <source>1 id is invalid: see the marked row</source>
        <translation>1 ID ist ungültig: siehe markierte Zeile</translation>
    </message>
    <message>
        <source>%1 ids are invalid: see the marked rows</source>
        <translation>%1 IDs sind ungültig: siehe markierte Zeilen</translation>
    </message>
    <message>
        <source>1 id is a duplicate</source>
        <translation>1 ID ist doppelt</translation>
    </message>
    <message>
        <source>%1 ids are duplicates</source>
        <translation>%1 IDs sind doppelt</translation>
    </message>
</context>
<context>
    <name>calib::InteractionIdListModel</name>
    <message>
        <source>Interaction id %1: %2</source>
        <translation>Interaktions-ID %1: %2</translation>
    </message>
    <message>
        <source>Change interaction id %1 to &quot;%2&quot;</source>
        <translation>Interaktions-ID %1 in „%2“ ändern</translation>
    </message>
    <message>
        <source>Add interaction id &quot;%1&quot;</source>
        <translation>Interaktions-ID „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Paste %1 interaction ids</source>
        <translation>%1 Interaktions-IDs einfügen</translation>
    </message>
    <message>
        <source>Remove interaction id &quot;%1&quot;</source>
        <translation>Interaktions-ID „%1“ entfernen</translation>
    </message>
    <message>
        <source>Remove %1 interaction ids</source>
        <translation>%1 Interaktions-IDs entfernen</translation>
    </message>
</context>
<context>
    <name>calib::JobWatcher</name>
    <message>
        <source>Give a job id.</source>
        <translation>Geben Sie eine Auftrags-ID an.</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
</context>
<context>
    <name>calib::LocalDatabase</name>
    <message>
        <source>stored JSON is damaged (%1)</source>
        <translation>gespeichertes JSON ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>calib::MainWindow</name>
    <message>
        <source>Calibration Workbench</source>
        <translation>Calibration Workbench</translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation>Ka&amp;librierung</translation>
    </message>
    <message>
        <source>Au&amp;dit Trail</source>
        <translation>&amp;Prüfprotokoll</translation>
    </message>
    <message>
        <source>Alert &amp;Review</source>
        <translation>&amp;Alarmprüfung</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Use recommended %1 threshold %2</source>
        <translation>Empfohlenen Schwellenwert %2 für %1 verwenden</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>No alert is labelled yet. Label alerts as true (T) or false (F) positives in the Alert Review tab first.</source>
        <translation>Noch kein Alarm ist gekennzeichnet. Kennzeichnen Sie Alarme zuerst im Reiter „Alarmprüfung“ als richtig (T) oder falsch (F) positiv.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed alert(s) loaded into the what-if analysis</source>
        <translation>
            <numerusform>%n geprüfter Alarm in die Was-wäre-wenn-Analyse geladen</numerusform>
            <numerusform>%n geprüfte Alarme in die Was-wäre-wenn-Analyse geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung mit %1 wird hergestellt ...</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>&amp;Import Preset...</source>
        <translation>Voreinstellung &amp;importieren ...</translation>
    </message>
    <message>
        <source>&amp;Export Preset...</source>
        <translation>Voreinstellung &amp;exportieren ...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;vert to Calibration in Force</source>
        <translation>Auf gültige Kalibrierung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Connect to &amp;Sandbox</source>
        <translation>Mit &amp;Sandbox verbinden</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Profiles...</source>
        <translation>&amp;Profile ...</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Validieren</translation>
    </message>
    <message>
        <source>&amp;Load Current from Tenant</source>
        <translation>Aktuelle vom Mandanten &amp;laden</translation>
    </message>
    <message>
        <source>Analyse &amp;Reviewed Alerts</source>
        <translation>&amp;Geprüfte Alarme analysieren</translation>
    </message>
    <message>
        <source>Show what other thresholds would do on the alerts labelled so far</source>
        <translation>Zeigen, wie sich andere Schwellenwerte auf die bisher gekennzeichneten Alarme auswirken würden</translation>
    </message>
    <message>
        <source>Review and &amp;Apply...</source>
        <translation>Prüfen und &amp;übernehmen ...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;Presets</source>
        <translation>&amp;Zuletzt verwendete Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>C&amp;alibration</source>
        <translation>&amp;Kalibrierung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>API &amp;Contract</source>
        <translation>API-&amp;Vertrag</translation>
    </message>
    <message>
        <source>&amp;About Calibration Workbench</source>
        <translation>Ü&amp;ber Calibration Workbench</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>Review the changes, then apply them to the tenant</source>
        <translation>Prüfen Sie die Änderungen und übernehmen Sie sie dann für den Mandanten</translation>
    </message>
    <message>
        <source>Fix the problems listed below the editor first</source>
        <translation>Beheben Sie zuerst die unter dem Editor aufgeführten Probleme</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>SANDBOX</translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox at %1. Nothing you apply here reaches a real tenant.</source>
        <translation>Mit der integrierten Sandbox unter %1 verbunden. Nichts, was Sie hier übernehmen, erreicht einen echten Mandanten.</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (profile %3)</source>
        <translation>Mit %1 als %2 verbunden (Profil %3)</translation>
    </message>
    <message>
        <source>Token valid until %1</source>
        <translation>Token gültig bis %1</translation>
    </message>
    <message>
        <source>All scopes granted</source>
        <translation>Alle Berechtigungen gewährt</translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation>Fehlende Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Gewährt: %1</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>Noch kein Token</translation>
    </message>
    <message>
        <source>Version in force: %1</source>
        <translation>Gültige Version: %1</translation>
    </message>
    <message>
        <source>Load version %1 from the tenant</source>
        <translation>Version %1 vom Mandanten laden</translation>
    </message>
    <message>
        <source>Loaded version %1 (%2) from the tenant</source>
        <translation>Version %1 (%2) vom Mandanten geladen</translation>
    </message>
    <message>
        <source>This tenant does not report the calibration in force. The editor starts from the tenant default; review the difference carefully before applying.</source>
        <translation>Dieser Mandant meldet keine gültige Kalibrierung. Der Editor beginnt mit der Standardeinstellung des Mandanten; prüfen Sie die Unterschiede vor dem Übernehmen sorgfältig.</translation>
    </message>
    <message>
        <source>Unfinished Applies</source>
        <translation>Unvollständige Übernahmen</translation>
    </message>
    <message>
        <source>Restore Draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>An unapplied draft from %1 was saved for this connection. Restore it into the editor?</source>
        <translation>Für diese Verbindung wurde ein nicht übernommener Entwurf vom %1 gespeichert. In den Editor wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation>Voreinstellung importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>Import preset %1</source>
        <translation>Voreinstellung %1 importieren</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation>Exportiert aus %1</translation>
    </message>
    <message>
        <source>Export Preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Calibration presets (*.json);;All files (*)</source>
        <translation>Kalibrierungsvoreinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Revert to version %1</source>
        <translation>Auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <source>The calibration meets every engine constraint.</source>
        <translation>Die Kalibrierung erfüllt alle Engine-Bedingungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before applying.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Übernehmen behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Übernehmen behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Calibration Workbench</source>
        <translation>Über Calibration Workbench</translation>
    </message>
    <message>
        <source>Calibration Workbench %1

Tune the sentiment-alert thresholds of an Agent Assist tenant with live validation, idempotent applies, alert precision and what-if analysis.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Calibration Workbench %1

Stimmen Sie die Schwellenwerte für Stimmungsalarme eines Agent-Assist-Mandanten ab – mit Live-Validierung, idempotenten Übernahmen, Alarmpräzision und Was-wäre-wenn-Analyse.

Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Ins / Del / Ctrl+D	Add, remove, duplicate a trigger (in the trigger table)</source>
        <translation>Einfg / Entf / Strg+D	Auslöser hinzufügen, entfernen, duplizieren (in der Auslösertabelle)</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start der Workbench.</translation>
    </message>
    <message>
        <source>We&amp;bhooks</source>
        <translation>We&amp;bhooks</translation>
    </message>
    <message>
        <source>Connect to Sandbox</source>
        <translation>Mit der Sandbox verbinden</translation>
    </message>
    <message>
        <source>Connection Profiles...</source>
        <translation>Verbindungsprofile ...</translation>
    </message>
    <message>
        <source>Import Preset...</source>
        <translation>Voreinstellung importieren ...</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The calibration in force could not be loaded from %1:
%2</source>
        <translation>Die gültige Kalibrierung konnte nicht von %1 geladen werden:
%2</translation>
    </message>
    <message>
        <source>Loading the calibration in force from %1...</source>
        <translation>Die gültige Kalibrierung wird von %1 geladen ...</translation>
    </message>
    <message>
        <source>Not connected.
Connect to a tenant to load the calibration in force, or import a preset to edit one without a connection.</source>
        <translation>Nicht verbunden.
Verbinden Sie sich mit einem Mandanten, um die gültige Kalibrierung zu laden, oder importieren Sie eine Voreinstellung, um ohne Verbindung zu bearbeiten.</translation>
    </message>
    <message>
        <source>Load the calibration in force or import a preset first</source>
        <translation>Laden Sie zuerst die gültige Kalibrierung oder importieren Sie eine Voreinstellung</translation>
    </message>
    <message>
        <source>Requesting a token...</source>
        <translation>Token wird angefordert ...</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connected tenant</source>
        <translation>Verbundener Mandant</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>Gewährte Berechtigungen</translation>
    </message>
    <message>
        <source>Calibration version in force</source>
        <translation>Gültige Kalibrierungsversion</translation>
    </message>
    <message numerus="yes">
        <source>%n apply(s) to this tenant did not get a final answer (the window closed or the network failed). Resume now? They are sent again one by one, oldest first, each with its own idempotency key, so each lands exactly once.</source>
        <translation>
            <numerusform>%n Übernahme für diesen Mandanten hat keine abschließende Antwort erhalten (das Fenster wurde geschlossen oder das Netzwerk ist ausgefallen). Jetzt fortsetzen? Sie wird mit ihrem eigenen Idempotenzschlüssel erneut gesendet und daher genau einmal angewendet.</numerusform>
            <numerusform>%n Übernahmen für diesen Mandanten haben keine abschließende Antwort erhalten (das Fenster wurde geschlossen oder das Netzwerk ist ausgefallen). Jetzt fortsetzen? Sie werden nacheinander, die älteste zuerst, mit ihrem eigenen Idempotenzschlüssel erneut gesendet und daher jeweils genau einmal angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the apply of %1...</source>
        <translation>Die Übernahme vom %1 wird fortgesetzt ...</translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %1, retrying in %n s</source>
        <translation>
            <numerusform>Fortsetzen: %1, neuer Versuch in %n s</numerusform>
            <numerusform>Fortsetzen: %1, neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n apply(s): </source>
        <translation>
            <numerusform>%n Übernahme fortgesetzt: </numerusform>
            <numerusform>%n Übernahmen fortgesetzt: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 landed, %2 rejected, %3 still pending.</source>
        <translation>%1 angewendet, %2 abgelehnt, %3 noch offen.</translation>
    </message>
    <message>
        <source>Connections are not available: the workbench could not load its connection and storage module (%1).
You can still import a preset and edit it.</source>
        <translation>Verbindungen sind nicht verfügbar: Die Workbench konnte ihr Verbindungs- und Speichermodul nicht laden (%1).
Sie können trotzdem eine Voreinstellung importieren und bearbeiten.</translation>
    </message>
    <message>
        <source>This panel needs the workbench&apos;s connection and storage module, which could not be loaded: %1</source>
        <translation>Dieser Bereich braucht das Verbindungs- und Speichermodul der Workbench, das nicht geladen werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>calib::PagedExporter</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>calib::PolarityMatrixEditor</name>
    <message>
        <source>&amp;Negative:</source>
        <translation>&amp;Negativ:</translation>
    </message>
    <message>
        <source>Negative polarity anchor</source>
        <translation>Anker für negative Polarität</translation>
    </message>
    <message>
        <source>Ne&amp;utral:</source>
        <translation>Ne&amp;utral:</translation>
    </message>
    <message>
        <source>Neutral polarity anchor</source>
        <translation>Anker für neutrale Polarität</translation>
    </message>
    <message>
        <source>&amp;Positive:</source>
        <translation>&amp;Positiv:</translation>
    </message>
    <message>
        <source>Positive polarity anchor</source>
        <translation>Anker für positive Polarität</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Change negative polarity to %1</source>
        <translation>Negative Polarität auf %1 ändern</translation>
    </message>
    <message>
        <source>Change neutral polarity to %1</source>
        <translation>Neutrale Polarität auf %1 ändern</translation>
    </message>
    <message>
        <source>Change positive polarity to %1</source>
        <translation>Positive Polarität auf %1 ändern</translation>
    </message>
</context>
<context>
    <name>calib::PolarityScaleWidget</name>
    <message>
        <source>Polarity scale</source>
        <translation>Polaritätsskala</translation>
    </message>
    <message>
        <source>Negative %1, neutral %2, positive %3 on a scale from -1 to 1</source>
        <translation>Negativ %1, neutral %2, positiv %3 auf einer Skala von -1 bis 1</translation>
    </message>
    <message>
        <source>neg</source>
        <translation>neg</translation>
    </message>
    <message>
        <source>neu</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>pos</source>
        <translation>pos</translation>
    </message>
</context>
<context>
    <name>calib::PrecisionChart</name>
    <message>
        <source>Precision: no data yet. Label alerts as true (T) or false (F) positives to see precision over time.</source>
        <translation>Präzision: noch keine Daten. Kennzeichnen Sie Alarme als richtig (T) oder falsch (F) positiv, um die Präzision im Zeitverlauf zu sehen.</translation>
    </message>
    <message>
        <source>Alert time (UTC)</source>
        <translation>Alarmzeit (UTC)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>%1 95% interval</source>
        <translation>%1 95-%-Intervall</translation>
    </message>
    <message>
        <source>Calibration applied</source>
        <translation>Kalibrierung übernommen</translation>
    </message>
    <message>
        <source>%1, %2: no data</source>
        <translation>%1, %2: keine Daten</translation>
    </message>
    <message>
        <source>%1, %2
precision %3%
95% interval %4–%5%
%6 TP, %7 FP (n = %8)</source>
        <translation>%1, %2
Präzision %3 %
95-%-Intervall %4–%5 %
%6 TP, %7 FP (n = %8)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>calib::ProblemsListWidget</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Every problem of the calibration; press Enter to go to the field</source>
        <translation>Alle Probleme der Kalibrierung; Eingabetaste drücken, um zum Feld zu springen</translation>
    </message>
    <message>
        <source>%1: %2 (reported by the tenant)</source>
        <translation>%1: %2 (vom Mandanten gemeldet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems: the calibration can be applied.</source>
        <translation>Keine Probleme: Die Kalibrierung kann übernommen werden.</translation>
    </message>
</context>
<context>
    <name>calib::ProfileService</name>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be removed.</source>
        <translation>Das integrierte Sandbox-Profil kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The keychain was not available; its entry, if any, was left.</source>
        <translation>Der Schlüsselbund war nicht verfügbar; ein eventuell vorhandener Eintrag wurde beibehalten.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile needs no secret.</source>
        <translation>Das integrierte Sandbox-Profil benötigt kein Geheimnis.</translation>
    </message>
    <message>
        <source>The secret is empty; nothing was stored.</source>
        <translation>Das Geheimnis ist leer; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The client secret of profile &quot;%1&quot; is stored in the keychain.</source>
        <translation>Das Client-Geheimnis von Profil „%1“ ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available, so the secret was not stored (it is never written in plain text). %1</source>
        <translation>Kein Schlüsselbund verfügbar, daher wurde das Geheimnis nicht gespeichert (es wird nie im Klartext geschrieben). %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished apply(s)</source>
        <translation>
            <numerusform>%n unvollständige Übernahme</numerusform>
            <numerusform>%n unvollständige Übernahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished apply(s)</source>
        <translation>
            <numerusform>%n abgeschlossene Übernahme</numerusform>
            <numerusform>%n abgeschlossene Übernahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied calibration(s) in the history</source>
        <translation>
            <numerusform>%n übernommene Kalibrierung im Verlauf</numerusform>
            <numerusform>%n übernommene Kalibrierungen im Verlauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert review label(s)</source>
        <translation>
            <numerusform>%n Alarm-Kennzeichnung</numerusform>
            <numerusform>%n Alarm-Kennzeichnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>a saved draft</source>
        <translation>ein gespeicherter Entwurf</translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; could not be deleted, so the profile was kept: %2</source>
        <translation>Die lokalen Daten von „%1“ konnten nicht gelöscht werden, daher wurde das Profil beibehalten: %2</translation>
    </message>
    <message>
        <source>Its local data was deleted: %1.</source>
        <translation>Seine lokalen Daten wurden gelöscht: %1.</translation>
    </message>
    <message>
        <source>The local database is not open, so the local data of &quot;%1&quot; cannot be deleted; the profile was kept.</source>
        <translation>Die lokale Datenbank ist nicht geöffnet, daher können die lokalen Daten von „%1“ nicht gelöscht werden; das Profil wurde beibehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n apply(s) of this profile did not get a final answer from the tenant: they may or may not have landed, and they are never resumed once the profile is removed.</source>
        <translation>
            <numerusform>%n Übernahme dieses Profils hat keine abschließende Antwort des Mandanten erhalten: Sie ist möglicherweise angekommen oder nicht und wird nach dem Entfernen des Profils nie fortgesetzt.</numerusform>
            <numerusform>%n Übernahmen dieses Profils haben keine abschließende Antwort des Mandanten erhalten: Sie sind möglicherweise angekommen oder nicht und werden nach dem Entfernen des Profils nie fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the profile&apos;s unfinished applies first (outbox resume), or remove it with --force to discard them; the profile was kept.</source>
        <translation>Setzen Sie zuerst die unvollständigen Übernahmen des Profils fort (outbox resume) oder entfernen Sie es mit --force, um sie zu verwerfen; das Profil wurde beibehalten.</translation>
    </message>
</context>
<context>
    <name>calib::RecordWriter</name>
    <message>
        <source>Could not write the output: %1</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>calib::RegisterWebhookDialog</name>
    <message>
        <source>Calibration updated</source>
        <translation>Kalibrierung aktualisiert</translation>
    </message>
    <message>
        <source>Alert triggered</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Deliver the %1 event</source>
        <translation>Das Ereignis %1 liefern</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>Where the tenant sends the events</source>
        <translation>Wohin der Mandant die Ereignisse sendet</translation>
    </message>
    <message>
        <source>An https address, or plain http to this computer only</source>
        <translation>Eine https-Adresse oder einfaches http nur zu diesem Computer</translation>
    </message>
    <message>
        <source>Register the webhook with the tenant</source>
        <translation>Den Webhook beim Mandanten registrieren</translation>
    </message>
</context>
<context>
    <name>calib::ReviewApplyDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The draft is the same as the calibration in force. Applying it again records a new version.</source>
        <translation>Der Entwurf entspricht der gültigen Kalibrierung. Erneutes Übernehmen erzeugt eine neue Version.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change against the calibration in force:</source>
        <translation>
            <numerusform>%n Feld ändert sich gegenüber der gültigen Kalibrierung:</numerusform>
            <numerusform>%n Felder ändern sich gegenüber der gültigen Kalibrierung:</numerusform>
        </translation>
    </message>
    <message>
        <source>Model reweight is on:</source>
        <translation>Modell-Neugewichtung ist aktiviert:</translation>
    </message>
    <message>
        <source>the tenant starts a background job, and further applies wait until it finishes.</source>
        <translation>Der Mandant startet einen Hintergrundauftrag, und weitere Übernahmen warten, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant answered: %1. The same change is sent again with the same idempotency key, so it cannot land twice.</source>
        <translation>Der Mandant antwortete: %1. Dieselbe Änderung wird mit demselben Idempotenzschlüssel erneut gesendet und kann daher nicht doppelt angewendet werden.</translation>
    </message>
    <message>
        <source>Engine busy, waiting for job %1</source>
        <translation>Engine ausgelastet, warte auf Auftrag %1</translation>
    </message>
    <message>
        <source>A model reweight is running on the tenant. The apply is sent as soon as it ends.</source>
        <translation>Beim Mandanten läuft eine Modell-Neugewichtung. Die Übernahme wird gesendet, sobald diese endet.</translation>
    </message>
    <message>
        <source>Model reweight running (job %1)</source>
        <translation>Modell-Neugewichtung läuft (Auftrag %1)</translation>
    </message>
    <message>
        <source>The calibration is applied. Further applies wait until the reweight ends.</source>
        <translation>Die Kalibrierung ist übernommen. Weitere Übernahmen warten, bis die Neugewichtung endet.</translation>
    </message>
    <message>
        <source>Applied: version %1</source>
        <translation>Übernommen: Version %1</translation>
    </message>
    <message>
        <source>Calibration id %1, in %2 ms.</source>
        <translation>Kalibrierungs-ID %1, in %2 ms.</translation>
    </message>
    <message>
        <source>The tenant had already applied this change; its answer was replayed.</source>
        <translation>Der Mandant hatte diese Änderung bereits angewendet; seine Antwort wurde wiederholt.</translation>
    </message>
    <message>
        <source>The client is not allowed to do this: it lacks the scope &quot;%1&quot;. Ask the tenant administrator to grant it.</source>
        <translation>Der Client darf dies nicht: Ihm fehlt die Berechtigung „%1“. Bitten Sie den Mandantenadministrator, sie zu gewähren.</translation>
    </message>
    <message>
        <source>The change is kept in the local outbox and can be resumed with the same idempotency key.</source>
        <translation>Die Änderung bleibt im lokalen Postausgang und kann mit demselben Idempotenzschlüssel fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen ...</translation>
    </message>
    <message>
        <source>Sent again (%1) with the same idempotency key, so it cannot land twice.</source>
        <translation>Erneut gesendet (%1) mit demselben Idempotenzschlüssel, daher kann sie nicht doppelt angewendet werden.</translation>
    </message>
    <message>
        <source>The model reweight job %1 is no longer followed here; it goes on on the tenant, and further applies wait until it ends.</source>
        <translation>Der Job %1 zur Neugewichtung des Modells wird hier nicht mehr verfolgt; er läuft beim Mandanten weiter, und weitere Übernahmen warten, bis er endet.</translation>
    </message>
</context>
<context>
    <name>calib::ReviewPanel</name>
    <message>
        <source>Import alerts…</source>
        <translation>Alarme importieren …</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren …</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>T: true positive · F: false positive · S: skip · Ctrl+Z: undo</source>
        <translation>T: richtig positiv · F: falsch positiv · S: überspringen · Strg+Z: rückgängig</translation>
    </message>
    <message>
        <source>Select an alert to read its transcript excerpt with the matched lexicon terms.</source>
        <translation>Wählen Sie einen Alarm aus, um seinen Transkriptauszug mit den gefundenen Lexikonbegriffen zu lesen.</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;T&lt;/b&gt; true positive · &lt;b&gt;F&lt;/b&gt; false positive · &lt;b&gt;S&lt;/b&gt; skip · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo. Select several rows to label them at once.</source>
        <translation>Tasten: &lt;b&gt;T&lt;/b&gt; richtig positiv · &lt;b&gt;F&lt;/b&gt; falsch positiv · &lt;b&gt;S&lt;/b&gt; überspringen · &lt;b&gt;Strg+Z&lt;/b&gt; rückgängig. Wählen Sie mehrere Zeilen aus, um sie gemeinsam zu kennzeichnen.</translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation>Alarme importieren</translation>
    </message>
    <message>
        <source>Alerts (*.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Alarme (*.jsonl *.ndjson *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export precision as CSV</source>
        <translation>Präzision als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Loading alerts failed: %1</source>
        <translation>Laden der Alarme fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation>Kennzeichnungen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) imported; some rows were rejected:</source>
        <translation>
            <numerusform>%n Alarm importiert; einige Zeilen wurden abgelehnt:</numerusform>
            <numerusform>%n Alarme importiert; einige Zeilen wurden abgelehnt:</numerusform>
        </translation>
    </message>
    <message>
        <source>Precision: no data (nothing reviewed yet)</source>
        <translation>Präzision: keine Daten (noch nichts geprüft)</translation>
    </message>
    <message>
        <source>Precision: &lt;b&gt;%1%&lt;/b&gt; (95% interval %2–%3%) from %4 TP and %5 FP</source>
        <translation>Präzision: &lt;b&gt;%1 %&lt;/b&gt; (95-%-Intervall %2–%3 %) aus %4 TP und %5 FP</translation>
    </message>
    <message>
        <source>(no transcript excerpt)</source>
        <translation>(kein Transkriptauszug)</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Kennzeichnung: %1</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Alerts to review</source>
        <translation>Zu prüfende Alarme</translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation>Ausgewählter Alarm</translation>
    </message>
    <message>
        <source>Chart buckets</source>
        <translation>Zeiträume im Diagramm</translation>
    </message>
</context>
<context>
    <name>calib::ReviewQueue</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>Zeile %1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: an alert needs id, emotion and confidence</source>
        <translation>Zeile %1: Ein Alarm benötigt ID, Emotion und Konfidenz</translation>
    </message>
</context>
<context>
    <name>calib::SecretStore</name>
    <message>
        <source>The client secret was saved in the system keychain.</source>
        <translation>Das Client-Geheimnis wurde im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The client secret is held in memory for this session only.</source>
        <translation>Das Client-Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The client secret was read from the system keychain.</source>
        <translation>Das Client-Geheimnis wurde aus dem Systemschlüsselbund gelesen.</translation>
    </message>
    <message>
        <source>The client secret was removed.</source>
        <translation>Das Client-Geheimnis wurde entfernt.</translation>
    </message>
    <message>
        <source>No client secret is saved for the profile &quot;%1&quot;.</source>
        <translation>Für das Profil „%1“ ist kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>No client secret came back for the profile &quot;%1&quot;: either none is saved, or the keychain is locked. Unlock the keychain and try again, or enter the secret.</source>
        <translation>Für das Profil „%1“ wurde kein Client-Geheimnis zurückgegeben: Entweder ist keines gespeichert oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut, oder geben Sie das Geheimnis ein.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example with your desktop&apos;s password manager) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (z. B. mit der Passwortverwaltung Ihrer Arbeitsumgebung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available. The client secret is kept in memory for this session only and will be asked for again next time; it is never written to disk.</source>
        <translation>Kein Systemschlüsselbund verfügbar. Das Client-Geheimnis wird nur für diese Sitzung im Arbeitsspeicher gehalten und beim nächsten Mal erneut abgefragt; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No system keychain is available, and no client secret was entered in this session.</source>
        <translation>Kein Systemschlüsselbund verfügbar, und in dieser Sitzung wurde kein Client-Geheimnis eingegeben.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Systemschlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it; try again once it is unlocked.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet. Möglicherweise wartet er darauf, entsperrt zu werden; versuchen Sie es danach erneut.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Systemschlüsselbund hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The secret was saved in the system keychain.</source>
        <translation>Das Geheimnis wurde im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The secret is held in memory for this session only.</source>
        <translation>Das Geheimnis wird nur für diese Sitzung im Speicher gehalten.</translation>
    </message>
    <message>
        <source>The secret was read from the system keychain.</source>
        <translation>Das Geheimnis wurde aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>The secret was removed.</source>
        <translation>Das Geheimnis wurde entfernt.</translation>
    </message>
    <message>
        <source>No secret is saved in the system keychain under this name.</source>
        <translation>Unter diesem Namen ist kein Geheimnis im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No secret came back: either none is saved, or the keychain is locked. Unlock the keychain and try again.</source>
        <translation>Es kam kein Geheimnis zurück: Entweder ist keines gespeichert, oder der Schlüsselbund ist gesperrt. Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keychain is available. The secret is kept in memory for this session only; it is never written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar. Das Geheimnis wird nur für diese Sitzung im Speicher gehalten; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No system keychain is available, and the secret is not held in this session.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, und das Geheimnis wird in dieser Sitzung nicht gehalten.</translation>
    </message>
</context>
<context>
    <name>calib::ThresholdDelegate</name>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
</context>
<context>
    <name>calib::TriggerTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation>Alarmauslöser</translation>
    </message>
    <message>
        <source>One row per trigger: emotion, directive and threshold</source>
        <translation>Eine Zeile pro Auslöser: Emotion, Direktive und Schwellenwert</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected triggers</source>
        <translation>Ausgewählte Auslöser entfernen</translation>
    </message>
    <message>
        <source>Duplicate trigger</source>
        <translation>Auslöser duplizieren</translation>
    </message>
    <message>
        <source>Add a trigger (Ins)</source>
        <translation>Einen Auslöser hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Remove the selected triggers (Del)</source>
        <translation>Ausgewählte Auslöser entfernen (Entf)</translation>
    </message>
    <message>
        <source>Duplicate the current trigger (Ctrl+D)</source>
        <translation>Aktuellen Auslöser duplizieren (Strg+D)</translation>
    </message>
    <message>
        <source>1 trigger problem: see the marked cell</source>
        <translation>1 Auslöserproblem: siehe markierte Zelle</translation>
    </message>
    <message>
        <source>%1 trigger problems: see the marked cells</source>
        <translation>%1 Auslöserprobleme: siehe markierte Zellen</translation>
    </message>
</context>
<context>
    <name>calib::TriggerTableModel</name>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Direktive</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Set trigger %1 emotion to %2</source>
        <translation>Emotion von Auslöser %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set trigger %1 directive to %2</source>
        <translation>Direktive von Auslöser %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Change trigger %1 threshold to %2</source>
        <translation>Schwellenwert von Auslöser %1 auf %2 ändern</translation>
    </message>
    <message>
        <source>Add trigger %1</source>
        <translation>Auslöser %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate trigger %1</source>
        <translation>Auslöser %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove trigger %1</source>
        <translation>Auslöser %1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 triggers</source>
        <translation>%1 Auslöser entfernen</translation>
    </message>
</context>
<context>
    <name>calib::VerificationPipeline</name>
    <message>
        <source>unknown emotion &quot;%1&quot;</source>
        <translation>unbekannte Emotion „%1“</translation>
    </message>
    <message>
        <source>%1 confidence %2 is below the minimum %3</source>
        <translation>%1-Konfidenz %2 liegt unter dem Minimum %3</translation>
    </message>
    <message>
        <source>%1 at confidence %2 (minimum %3)</source>
        <translation>%1 mit Konfidenz %2 (Minimum %3)</translation>
    </message>
    <message>
        <source>lexical check skipped: the lexicon is empty</source>
        <translation>lexikalische Prüfung übersprungen: Das Lexikon ist leer</translation>
    </message>
    <message>
        <source>no lexicon term in the text</source>
        <translation>kein Lexikonbegriff im Text</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <source>Passed: </source>
        <translation>Bestanden: </translation>
    </message>
    <message>
        <source>Failed: </source>
        <translation>Fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>calib::WebhookListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The tenant delivers events to this webhook.</source>
        <translation>Der Mandant liefert Ereignisse an diesen Webhook.</translation>
    </message>
    <message>
        <source>Paused: the tenant delivers nothing to this webhook.</source>
        <translation>Pausiert: Der Mandant liefert nichts an diesen Webhook.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>Nicht aktiv</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>calib::WebhookManager</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>The webhook URL must be an https address (plain http only to a loopback host).</source>
        <translation>Die Webhook-URL muss eine https-Adresse sein (einfaches http nur zu einem Loopback-Host).</translation>
    </message>
    <message>
        <source>Name at least one event with --event (%1).</source>
        <translation>Nennen Sie mindestens ein Ereignis mit --event (%1).</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;; known events: %2.</source>
        <translation>Unbekanntes Ereignis „%1“; bekannte Ereignisse: %2.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation>Die Umgebungsvariable %1 ist nicht gesetzt oder leer.</translation>
    </message>
    <message>
        <source>Give the id of the webhook to delete.</source>
        <translation>Geben Sie die ID des zu löschenden Webhooks an.</translation>
    </message>
    <message>
        <source>Enter the address the deliveries are sent to.</source>
        <translation>Geben Sie die Adresse ein, an die geliefert wird.</translation>
    </message>
    <message>
        <source>This is not a complete web address (for example https://hooks.example.com/calibration).</source>
        <translation>Dies ist keine vollständige Webadresse (zum Beispiel https://hooks.example.com/calibration).</translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, localhost or ::1); use an https address.</source>
        <translation>Einfaches http ist nur zu diesem Computer erlaubt (127.0.0.1, localhost oder ::1); verwenden Sie eine https-Adresse.</translation>
    </message>
</context>
<context>
    <name>calib::WebhookSecret</name>
    <message>
        <source>The webhook secret must be at least 8 characters long.</source>
        <translation>Das Webhook-Geheimnis muss mindestens 8 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The webhook secret must be at most 256 characters long.</source>
        <translation>Das Webhook-Geheimnis darf höchstens 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The webhook secret is shorter than %1 characters; a generated one is stronger.</source>
        <translation>Das Webhook-Geheimnis ist kürzer als %1 Zeichen; ein generiertes ist sicherer.</translation>
    </message>
    <message>
        <source>The webhook secret contains characters that are not valid text.</source>
        <translation>Das Webhook-Geheimnis enthält Zeichen, die kein gültiger Text sind.</translation>
    </message>
</context>
<context>
    <name>calib::WebhookSecretDialog</name>
    <message>
        <source>Webhook %1 is registered.</source>
        <translation>Webhook %1 ist registriert.</translation>
    </message>
    <message>
        <source>Close; the secret cannot be shown again</source>
        <translation>Schließen; das Geheimnis kann nicht erneut angezeigt werden</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the secret.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, falls sie noch das Geheimnis enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, falls sie noch das Geheimnis enthält.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calib::WebhookTestDelivery</name>
    <message>
        <source>Delivery arrived, %1</source>
        <translation>Lieferung angekommen, %1</translation>
    </message>
    <message>
        <source>Delivery arrived</source>
        <translation>Lieferung angekommen</translation>
    </message>
    <message>
        <source>No delivery arrived within the time allowed.</source>
        <translation>In der erlaubten Zeit ist keine Lieferung angekommen.</translation>
    </message>
    <message>
        <source>The test delivery could not start.</source>
        <translation>Die Testlieferung konnte nicht starten.</translation>
    </message>
    <message>
        <source>The test delivery could not start: %1</source>
        <translation>Die Testlieferung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The test delivery was cancelled.</source>
        <translation>Die Testlieferung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>it needs a connection to the built-in sandbox.</source>
        <translation>sie braucht eine Verbindung zur eingebauten Sandbox.</translation>
    </message>
    <message>
        <source>the local receiver could not listen on 127.0.0.1 (%1).</source>
        <translation>der lokale Empfänger konnte nicht auf 127.0.0.1 lauschen (%1).</translation>
    </message>
    <message>
        <source>Registering a test receiver at %1…</source>
        <translation>Registriere einen Testempfänger unter %1…</translation>
    </message>
    <message>
        <source>Webhook %1 registered; triggering an alert on the sandbox…</source>
        <translation>Webhook %1 registriert; löse einen Alarm in der Sandbox aus…</translation>
    </message>
    <message>
        <source>Deleting the temporary webhook %1…</source>
        <translation>Lösche den temporären Webhook %1…</translation>
    </message>
    <message>
        <source>The temporary webhook %1 could not be deleted: %2</source>
        <translation>Der temporäre Webhook %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>calib::WebhooksPanel</name>
    <message>
        <source>Not connected. Connect to a tenant or to the built-in sandbox to manage its webhooks.</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Mandanten oder der eingebauten Sandbox, um seine Webhooks zu verwalten.</translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox to test a delivery.</source>
        <translation>Verbinden Sie sich mit der eingebauten Sandbox, um eine Lieferung zu testen.</translation>
    </message>
    <message>
        <source>Test delivery needs the built-in sandbox: it starts a receiver on this computer (127.0.0.1), which a remote tenant cannot reach, and fires an alert on the sandbox.</source>
        <translation>Die Testlieferung braucht die eingebaute Sandbox: Sie startet einen Empfänger auf diesem Computer (127.0.0.1), den ein entfernter Mandant nicht erreichen kann, und löst einen Alarm in der Sandbox aus.</translation>
    </message>
    <message>
        <source>A test delivery is running.</source>
        <translation>Eine Testlieferung läuft.</translation>
    </message>
    <message>
        <source>Start a receiver on 127.0.0.1, register it, fire an alert on the sandbox and check that the delivery arrives with a valid signature</source>
        <translation>Einen Empfänger auf 127.0.0.1 starten, ihn registrieren, einen Alarm in der Sandbox auslösen und prüfen, dass die Lieferung mit gültiger Signatur ankommt</translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation>Lade die Webhooks…</translation>
    </message>
    <message>
        <source>The webhooks could not be loaded: %1</source>
        <translation>Die Webhooks konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No webhook is registered. Register one to send events to a coaching platform.</source>
        <translation>Kein Webhook ist registriert. Registrieren Sie einen, um Ereignisse an eine Coaching-Plattform zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) registered.</source>
        <translation>
            <numerusform>%n Webhook registriert.</numerusform>
            <numerusform>%n Webhooks registriert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>Registriere %1…</translation>
    </message>
    <message>
        <source>The webhook could not be registered: %1</source>
        <translation>Der Webhook konnte nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>Webhook %1 registered.</source>
        <translation>Webhook %1 registriert.</translation>
    </message>
    <message>
        <source>Saving a copy in the system keychain…</source>
        <translation>Speichere eine Kopie im Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>A copy is kept in the system keychain under “%1”.</source>
        <translation>Eine Kopie wird im Schlüsselbund des Systems unter „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>No system keychain is available: a copy is kept in memory for this session only and never written to disk.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Eine Kopie wird nur für diese Sitzung im Speicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain (%1). Copy it now.</source>
        <translation>Das Geheimnis konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>Webhook %1 registered, but its secret is not stored: %2</source>
        <translation>Webhook %1 registriert, aber sein Geheimnis ist nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation>Webhook löschen</translation>
    </message>
    <message>
        <source>Delete the webhook %1 (%2)?

The tenant stops delivering events to it, and its signing secret is removed from the keychain.</source>
        <translation>Den Webhook %1 (%2) löschen?

Der Mandant liefert keine Ereignisse mehr an ihn, und sein Signaturgeheimnis wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Lösche %1…</translation>
    </message>
    <message>
        <source>The webhook %1 could not be deleted: %2</source>
        <translation>Der Webhook %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Webhook %1 was already deleted on the tenant.</source>
        <translation>Webhook %1 war beim Mandanten bereits gelöscht.</translation>
    </message>
    <message>
        <source>Webhook %1 deleted.</source>
        <translation>Webhook %1 gelöscht.</translation>
    </message>
    <message>
        <source>Webhook %1 deleted, but its secret could not be removed from the keychain: %2</source>
        <translation>Webhook %1 gelöscht, aber sein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>calib::WhatIfPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&amp;Import dataset…</source>
        <translation>Datensatz &amp;importieren …</translation>
    </message>
    <message>
        <source>Import labelled dataset</source>
        <translation>Gekennzeichneten Datensatz importieren</translation>
    </message>
    <message>
        <source>Import a labelled CSV or JSONL file (interaction id, emotion, confidence, label, optional timestamp)</source>
        <translation>Eine gekennzeichnete CSV- oder JSONL-Datei importieren (Interaktions-ID, Emotion, Konfidenz, Kennzeichnung, optional Zeitstempel)</translation>
    </message>
    <message>
        <source>Fully labelled</source>
        <translation>Vollständig gekennzeichnet</translation>
    </message>
    <message>
        <source>The file labels every scored interaction</source>
        <translation>Die Datei kennzeichnet jede bewertete Interaktion</translation>
    </message>
    <message>
        <source>Check when the file labels every scored interaction, not only the alerts that were raised: only then can lowering a threshold be judged.</source>
        <translation>Aktivieren, wenn die Datei jede bewertete Interaktion kennzeichnet, nicht nur die ausgelösten Alarme: Nur dann lässt sich das Senken eines Schwellenwerts beurteilen.</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>&amp;Emotion:</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Dataset summary</source>
        <translation>Datensatzübersicht</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Importieren … %p %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>No dataset loaded — import a labelled CSV or JSONL</source>
        <translation>Kein Datensatz geladen – importieren Sie eine gekennzeichnete CSV- oder JSONL-Datei</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Threshold in force</source>
        <translation>Gültiger Schwellenwert</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>Proposed threshold</source>
        <translation>Vorgeschlagener Schwellenwert</translation>
    </message>
    <message>
        <source>&amp;Proposed:</source>
        <translation>&amp;Vorgeschlagen:</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Präzision:</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Recall:</source>
        <translation>Trefferquote:</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alarme:</translation>
    </message>
    <message>
        <source>True positives</source>
        <translation>Richtig positive</translation>
    </message>
    <message>
        <source>True positives:</source>
        <translation>Richtig positive:</translation>
    </message>
    <message>
        <source>False positives</source>
        <translation>Falsch positive</translation>
    </message>
    <message>
        <source>False positives:</source>
        <translation>Falsch positive:</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alarme pro Tag</translation>
    </message>
    <message>
        <source>Alerts per day:</source>
        <translation>Alarme pro Tag:</translation>
    </message>
    <message>
        <source>True positives lost versus in force</source>
        <translation>Verlorene richtig positive gegenüber gültigem Wert</translation>
    </message>
    <message>
        <source>TP lost:</source>
        <translation>TP verloren:</translation>
    </message>
    <message>
        <source>False positives avoided versus in force</source>
        <translation>Vermiedene falsch positive gegenüber gültigem Wert</translation>
    </message>
    <message>
        <source>FP avoided:</source>
        <translation>FP vermieden:</translation>
    </message>
    <message>
        <source>Note on the change versus the threshold in force</source>
        <translation>Hinweis zur Änderung gegenüber dem gültigen Schwellenwert</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation>Zielpräzision</translation>
    </message>
    <message>
        <source>The precision (0 to 1) the recommended threshold must reach</source>
        <translation>Die Präzision (0 bis 1), die der empfohlene Schwellenwert erreichen muss</translation>
    </message>
    <message>
        <source>&amp;Target precision:</source>
        <translation>&amp;Zielpräzision:</translation>
    </message>
    <message>
        <source>&amp;Conservative</source>
        <translation>&amp;Konservativ</translation>
    </message>
    <message>
        <source>Conservative: require the 95% lower bound to reach the target</source>
        <translation>Konservativ: Die untere 95-%-Grenze muss das Ziel erreichen</translation>
    </message>
    <message>
        <source>Require the Wilson 95% lower bound of the precision to reach the target</source>
        <translation>Die untere Wilson-95-%-Grenze der Präzision muss das Ziel erreichen</translation>
    </message>
    <message>
        <source>&amp;Use recommended</source>
        <translation>Empfehlung ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Use recommended threshold</source>
        <translation>Empfohlenen Schwellenwert verwenden</translation>
    </message>
    <message>
        <source>Write the recommended threshold into the calibration editor</source>
        <translation>Den empfohlenen Schwellenwert in den Kalibrierungseditor übernehmen</translation>
    </message>
    <message>
        <source>Labelled datasets (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Gekennzeichnete Datensätze (*.csv *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>Die Datei konnte nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected row(s)</source>
        <translation>
            <numerusform>… und %n weitere abgelehnte Zeile</numerusform>
            <numerusform>… und %n weitere abgelehnte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation>Kein Datensatz geladen.</translation>
    </message>
    <message>
        <source>fully labelled</source>
        <translation>vollständig gekennzeichnet</translation>
    </message>
    <message>
        <source>reviewed alerts only</source>
        <translation>nur geprüfte Alarme</translation>
    </message>
    <message>
        <source>%1 rows (%2) · %3: %4 rows, %5 true and %6 false positives</source>
        <translation>%1 Zeilen (%2) · %3: %4 Zeilen, %5 richtig und %6 falsch positive</translation>
    </message>
    <message>
        <source>Precision and recall by threshold</source>
        <translation>Präzision und Trefferquote nach Schwellenwert</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Precision and recall by threshold; drag to move the proposed threshold</source>
        <translation>Präzision und Trefferquote nach Schwellenwert; ziehen, um den vorgeschlagenen Schwellenwert zu verschieben</translation>
    </message>
    <message>
        <source>Click or drag to move the proposed threshold</source>
        <translation>Klicken oder ziehen, um den vorgeschlagenen Schwellenwert zu verschieben</translation>
    </message>
    <message>
        <source>Precision–recall curve</source>
        <translation>Präzision-Trefferquote-Kurve</translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation>Präzision–Trefferquote</translation>
    </message>
    <message>
        <source>none (no trigger for %1)</source>
        <translation>keiner (kein Auslöser für %1)</translation>
    </message>
    <message>
        <source>— (no timestamps)</source>
        <translation>— (keine Zeitstempel)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Judging a threshold below the one in force needs a fully labelled dataset: reviewed alerts only exist above it.</source>
        <translation>Um einen Schwellenwert unterhalb des gültigen zu beurteilen, ist ein vollständig gekennzeichneter Datensatz nötig: Geprüfte Alarme gibt es nur oberhalb davon.</translation>
    </message>
    <message>
        <source>Load a dataset with rows for %1 to get a recommendation.</source>
        <translation>Laden Sie einen Datensatz mit Zeilen für %1, um eine Empfehlung zu erhalten.</translation>
    </message>
    <message>
        <source>Recommended: %1 (precision %2, recall %3, %4 alerts)</source>
        <translation>Empfohlen: %1 (Präzision %2, Trefferquote %3, %4 Alarme)</translation>
    </message>
    <message>
        <source>No threshold between %1 and %2 reaches a precision of %3.</source>
        <translation>Kein Schwellenwert zwischen %1 und %2 erreicht eine Präzision von %3.</translation>
    </message>
    <message>
        <source>A lower threshold would reach the target, but the directive&apos;s minimum is %1.</source>
        <translation>Ein niedrigerer Schwellenwert würde das Ziel erreichen, aber das Minimum der Direktive ist %1.</translation>
    </message>
    <message>
        <source>Thresholds below the one in force were not considered: that needs a fully labelled dataset.</source>
        <translation>Schwellenwerte unterhalb des gültigen wurden nicht berücksichtigt: Dafür ist ein vollständig gekennzeichneter Datensatz nötig.</translation>
    </message>
</context>
<context>
    <name>calib::WorkbenchSession</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Verbindungsprofil namens „%1“.</translation>
    </message>
    <message>
        <source>Connected: a token was issued.</source>
        <translation>Verbunden: Ein Token wurde ausgestellt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation>Nicht mit einem Mandanten verbunden.</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Missing scopes: %1. Features that need them will be refused by the tenant.</source>
        <translation>Fehlende Berechtigungen: %1. Funktionen, die diese benötigen, werden vom Mandanten abgelehnt.</translation>
    </message>
</context>
<context>
    <name>calib::constraints</name>
    <message>
        <source>%1: from %2 to %3 (inclusive)</source>
        <translation>%1: von %2 bis %3 (einschließlich)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local Database</source>
        <translation>Lokale Datenbank</translation>
    </message>
    <message>
        <source>The local database could not be opened, so applies and drafts are disabled: %1</source>
        <translation>Die lokale Datenbank konnte nicht geöffnet werden, daher sind Übernahmen und Entwürfe deaktiviert: %1</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation>die Sandbox</translation>
    </message>
    <message>
        <source>This panel could not be loaded: %1</source>
        <translation>Diese Ansicht konnte nicht geladen werden: %1</translation>
    </message>
</context>
</TS>
