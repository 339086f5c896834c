<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiContractDialog</name>
    <message>
        <source>API Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operations (double-click one to show it in the full text):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in the contract (Enter finds the next match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppliedHistory</name>
    <message>
        <source>A history entry needs a profile and a calibration id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a tenant name or a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must be a complete http(s) address such as https://tenant.cognigy.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant name may only contain letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a client id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme for https://acme.cognigy.com/api/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: overrides the tenant URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>A draft needs a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelCommand</name>
    <message numerus="yes">
        <source>Label %n alert(s) %1</source>
        <translation>
            <numerusform>Label %n alert %1</numerusform>
            <numerusform>Label %n alerts %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalDatabase</name>
    <message>
        <source>%1 (database %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database cannot be used; it may be damaged. Move the file aside to start with an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database was written by a newer version of the application (schema %1; this version knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the local database to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Outbox row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox row %1 has an unknown state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An apply needs an idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idempotency key %1 is already in the outbox (row %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new outbox row could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox row %1 is already closed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outbox row can only be closed as done or failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is the built-in profile; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the built-in profile talks to the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile called &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in profile &quot;%1&quot; cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterWebhookDialog</name>
    <message>
        <source>Register Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL the tenant delivers to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://hooks.example.com/calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events to deliver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing secret is generated for this webhook from the system&apos;s secure random source. It is shown once, right after registering, and kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewApplyDialog</name>
    <message>
        <source>Review and Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>A review needs a tenant and an alert id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of alert %1 has an unknown label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSecretDialog</name>
    <message>
        <source>Webhook Signing Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard (cleared again after a short while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This secret is shown only now and will not be shown again.&lt;/b&gt; Enter it in the receiving platform&apos;s webhook settings: it checks the X-Cognigy-Signature header of every delivery with it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookVerifier</name>
    <message numerus="yes">
        <source>signature valid (%n s old)</source>
        <translation>
            <numerusform>signature valid (%n s old)</numerusform>
            <numerusform>signature valid (%n s old)</numerusform>
        </translation>
    </message>
    <message>
        <source>no X-Cognigy-Signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed signature header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature timestamp outside the tolerance (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match the body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks send tenant events to coaching platforms. Every delivery is signed with the webhook&apos;s own secret (X-Cognigy-Signature: HMAC-SHA256 over the timestamp and the body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refre&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the registered webhooks again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the webhook list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a new webhook with a generated signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook and its stored secret (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test deli&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test a signed delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AlertExporter</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AlertReviewModel</name>
    <message>
        <source>True positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ emotion check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ no lexicon term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ApiContractDialog</name>
    <message>
        <source>Version %1 (OpenAPI %2). This is the copy of the wire contract bundled with this build of the workbench; the client and the built-in sandbox follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (issues the token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[extension] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (operation %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

An extension of the contract: a tenant may answer 404 or 405, and the workbench then works on without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped to the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save API Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ApplyOperation</name>
    <message>
        <source>Validating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model reweight running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The calibration breaks %n engine constraint(s); nothing was sent.</source>
        <translation>
            <numerusform>The calibration breaks %n engine constraint; nothing was sent.</numerusform>
            <numerusform>The calibration breaks %n engine constraints; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the apply in the local outbox, so it was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration was applied, but the model reweight job %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox row&apos;s payload cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ApplyPreview</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AuditExporter</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AuditPanel</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSONL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see all of its fields and changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: connect to a tenant or the sandbox to browse its audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events shown, %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the whole trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; actor and dates filtered by the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the tenant cannot filter, filtering here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit events as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit events as JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected audit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows were reloaded while exporting; the file was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching: %1 loaded, none matches yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AuditRowsExporter</name>
    <message>
        <source>The export file was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant sent the same page cursor again; loading stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::CalibrationEditor</name>
    <message>
        <source>Where negative, neutral and positive sentiment are anchored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model reweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity level value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher values fire alerts on weaker signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;weight the trigger model when applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reweight the trigger model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying with this on starts a background reweight job on the tenant. Until the job finishes, the tenant refuses further applies; the workbench waits and shows its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn model reweight on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn model reweight off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sensitivity to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ClientTuning</name>
    <message>
        <source>%1 must be a whole number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ConnectionProfilesDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox runs inside the workbench and needs no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is kept for this session only (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the secret in the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secret from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the connection in use: disconnect before renaming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; could not be moved to the new name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the secret in the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the connection in use: disconnect before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its local data is deleted with it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed; removing its secret from the keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure, connect with this profile and resume its unfinished applies before removing it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::CredentialResolver</name>
    <message>
        <source>Give only one of --profile, --sandbox, or --base-url/--tenant with --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --base-url or --tenant, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --auth-method cannot be combined with --profile; the profile holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a complete address such as https://acme.cognigy.com/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant name &quot;%1&quot; may only contain letters, digits and hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection given: use --profile NAME, --sandbox, or --base-url URL (or --tenant T) with --client-id ID and the secret in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client id is needed: give --client-id ID or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth-method must be &quot;form&quot; or &quot;basic&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is missing: set the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot; (see: calibctl profile list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret for profile &quot;%1&quot;: %2 Store one with: calibctl profile set-secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --auth-method cannot be combined with --sandbox; the sandbox has its own client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available and %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::CurrentCalibration</name>
    <message>
        <source>Calibration in force, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1 (calibration %2, applied %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::DatasetVerification</name>
    <message>
        <source>%1 of %2 rows passed the verification pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lexicon is empty: the lexical check was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched terms: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::Directive</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::DirectiveDelegate</name>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::Emotion</name>
    <message>
        <source>Anger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::EmotionDelegate</name>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::FieldPath</name>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity matrix · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model reweight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::InteractionIdListEditor</name>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste ids separated by newlines, commas or spaces with Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste ids, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste interaction ids from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every id in the clipboard (newline, comma or space separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected ids (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 id is invalid: see the marked row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids are invalid: see the marked rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 id is a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids are duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::InteractionIdListModel</name>
    <message>
        <source>Interaction id %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change interaction id %1 to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interaction id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interaction id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 interaction ids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::JobWatcher</name>
    <message>
        <source>Give a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::LocalDatabase</name>
    <message>
        <source>stored JSON is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::MainWindow</name>
    <message>
        <source>Calibration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;libration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;dit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recommended %1 threshold %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert is labelled yet. Label alerts as true (T) or false (F) positives in the Alert Review tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed alert(s) loaded into the what-if analysis</source>
        <translation>
            <numerusform>%n reviewed alert loaded into the what-if analysis</numerusform>
            <numerusform>%n reviewed alerts loaded into the what-if analysis</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Preset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Preset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert to Calibration in Force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Current from Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse &amp;Reviewed Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what other thresholds would do on the alerts labelled so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and &amp;Apply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;alibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Calibration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the changes, then apply them to the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed below the editor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox at %1. Nothing you apply here reaches a real tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scopes granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load version %1 from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded version %1 (%2) from the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant does not report the calibration in force. The editor starts from the tenant default; review the difference carefully before applying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished Applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unapplied draft from %1 was saved for this connection. Restore it into the editor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration presets (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration meets every engine constraint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed before applying.</source>
        <translation>
            <numerusform>%n problem must be fixed before applying.</numerusform>
            <numerusform>%n problems must be fixed before applying.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Calibration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration Workbench %1

Tune the sentiment-alert thresholds of an Agent Assist tenant with live validation, idempotent applies, alert precision and what-if analysis.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ins / Del / Ctrl+D	Add, remove, duplicate a trigger (in the trigger table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time the workbench starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&amp;bhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection Profiles...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Preset...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration in force could not be loaded from %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the calibration in force from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.
Connect to a tenant to load the calibration in force, or import a preset to edit one without a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the calibration in force or import a preset first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting a token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration version in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n apply(s) to this tenant did not get a final answer (the window closed or the network failed). Resume now? They are sent again one by one, oldest first, each with its own idempotency key, so each lands exactly once.</source>
        <translation>
            <numerusform>%n apply to this tenant did not get a final answer (the window closed or the network failed). Resume now? It is sent again with its own idempotency key, so it lands exactly once.</numerusform>
            <numerusform>%n applies to this tenant did not get a final answer (the window closed or the network failed). Resume now? They are sent again one by one, oldest first, each with its own idempotency key, so each lands exactly once.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming the apply of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resuming: %1, retrying in %n s</source>
        <translation>
            <numerusform>Resuming: %1, retrying in %n s</numerusform>
            <numerusform>Resuming: %1, retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n apply(s): </source>
        <translation>
            <numerusform>Resumed %n apply: </numerusform>
            <numerusform>Resumed %n applies: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 landed, %2 rejected, %3 still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are not available: the workbench could not load its connection and storage module (%1).
You can still import a preset and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel needs the workbench&apos;s connection and storage module, which could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::PagedExporter</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::PolarityMatrixEditor</name>
    <message>
        <source>&amp;Negative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative polarity anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;utral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral polarity anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive polarity anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change negative polarity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change neutral polarity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change positive polarity to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::PolarityScaleWidget</name>
    <message>
        <source>Polarity scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative %1, neutral %2, positive %3 on a scale from -1 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::PrecisionChart</name>
    <message>
        <source>Precision: no data yet. Label alerts as true (T) or false (F) positives to see precision over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 95% interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2
precision %3%
95% interval %4–%5%
%6 TP, %7 FP (n = %8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ProblemsListWidget</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every problem of the calibration; press Enter to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (reported by the tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: the calibration can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ProfileService</name>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain was not available; its entry, if any, was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox profile needs no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of profile &quot;%1&quot; is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so the secret was not stored (it is never written in plain text). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished apply(s)</source>
        <translation>
            <numerusform>%n unfinished apply</numerusform>
            <numerusform>%n unfinished applies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished apply(s)</source>
        <translation>
            <numerusform>%n finished apply</numerusform>
            <numerusform>%n finished applies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied calibration(s) in the history</source>
        <translation>
            <numerusform>%n applied calibration in the history</numerusform>
            <numerusform>%n applied calibrations in the history</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert review label(s)</source>
        <translation>
            <numerusform>%n alert review label</numerusform>
            <numerusform>%n alert review labels</numerusform>
        </translation>
    </message>
    <message>
        <source>a saved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local data of &quot;%1&quot; could not be deleted, so the profile was kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its local data was deleted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database is not open, so the local data of &quot;%1&quot; cannot be deleted; the profile was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n apply(s) of this profile did not get a final answer from the tenant: they may or may not have landed, and they are never resumed once the profile is removed.</source>
        <translation>
            <numerusform>%n apply of this profile did not get a final answer from the tenant: it may or may not have landed, and it is never resumed once the profile is removed.</numerusform>
            <numerusform>%n applies of this profile did not get a final answer from the tenant: they may or may not have landed, and they are never resumed once the profile is removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume the profile&apos;s unfinished applies first (outbox resume), or remove it with --force to discard them; the profile was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::RecordWriter</name>
    <message>
        <source>Could not write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::RegisterWebhookDialog</name>
    <message>
        <source>Calibration updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver the %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the tenant sends the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An https address, or plain http to this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the webhook with the tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ReviewApplyDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is the same as the calibration in force. Applying it again records a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) change against the calibration in force:</source>
        <translation>
            <numerusform>%n field changes against the calibration in force:</numerusform>
            <numerusform>%n fields change against the calibration in force:</numerusform>
        </translation>
    </message>
    <message>
        <source>Model reweight is on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant starts a background job, and further applies wait until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s</source>
        <translation>
            <numerusform>Retrying in %n s</numerusform>
            <numerusform>Retrying in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant answered: %1. The same change is sent again with the same idempotency key, so it cannot land twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine busy, waiting for job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model reweight is running on the tenant. The apply is sent as soon as it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model reweight running (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration is applied. Further applies wait until the reweight ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration id %1, in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant had already applied this change; its answer was replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not allowed to do this: it lacks the scope &quot;%1&quot;. Ask the tenant administrator to grant it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change is kept in the local outbox and can be resumed with the same idempotency key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again (%1) with the same idempotency key, so it cannot land twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model reweight job %1 is no longer followed here; it goes on on the tenant, and further applies wait until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ReviewPanel</name>
    <message>
        <source>Import alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T: true positive · F: false positive · S: skip · Ctrl+Z: undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to read its transcript excerpt with the matched lexicon terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: &lt;b&gt;T&lt;/b&gt; true positive · &lt;b&gt;F&lt;/b&gt; false positive · &lt;b&gt;S&lt;/b&gt; skip · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo. Select several rows to label them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (*.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export precision as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading alerts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) imported; some rows were rejected:</source>
        <translation>
            <numerusform>%n alert imported; some rows were rejected:</numerusform>
            <numerusform>%n alerts imported; some rows were rejected:</numerusform>
        </translation>
    </message>
    <message>
        <source>Precision: no data (nothing reviewed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision: &lt;b&gt;%1%&lt;/b&gt; (95% interval %2–%3%) from %4 TP and %5 FP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no transcript excerpt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart buckets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ReviewQueue</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an alert needs id, emotion and confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::SecretStore</name>
    <message>
        <source>The client secret was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is held in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret is saved for the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret came back for the profile &quot;%1&quot;: either none is saved, or the keychain is locked. Unlock the keychain and try again, or enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (for example with your desktop&apos;s password manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. The client secret is kept in memory for this session only and will be asked for again next time; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, and no client secret was entered in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. It may be waiting for you to unlock it; try again once it is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is held in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was read from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is saved in the system keychain under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret came back: either none is saved, or the keychain is locked. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available. The secret is kept in memory for this session only; it is never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, and the secret is not held in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::ThresholdDelegate</name>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::TriggerTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per trigger: emotion, directive and threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trigger (Ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected triggers (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the current trigger (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 trigger problem: see the marked cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trigger problems: see the marked cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::TriggerTableModel</name>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set trigger %1 emotion to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set trigger %1 directive to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change trigger %1 threshold to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 triggers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::VerificationPipeline</name>
    <message>
        <source>unknown emotion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confidence %2 is below the minimum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at confidence %2 (minimum %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lexical check skipped: the lexicon is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lexicon term in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WebhookListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant delivers events to this webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the tenant delivers nothing to this webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WebhookManager</name>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL must be an https address (plain http only to a loopback host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one event with --event (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot;; known events: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the id of the webhook to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address the deliveries are sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a complete web address (for example https://hooks.example.com/calibration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http is only allowed to this computer (127.0.0.1, localhost or ::1); use an https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WebhookSecret</name>
    <message>
        <source>The webhook secret must be at least 8 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret must be at most 256 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret is shorter than %1 characters; a generated one is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook secret contains characters that are not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WebhookSecretDialog</name>
    <message>
        <source>Webhook %1 is registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the secret cannot be shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the secret.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the secret.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the secret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>calib::WebhookTestDelivery</name>
    <message>
        <source>Delivery arrived, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery arrived within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test delivery could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test delivery could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test delivery was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a connection to the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local receiver could not listen on 127.0.0.1 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering a test receiver at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 registered; triggering an alert on the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the temporary webhook %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary webhook %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WebhooksPanel</name>
    <message>
        <source>Not connected. Connect to a tenant or to the built-in sandbox to manage its webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the built-in sandbox to test a delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivery needs the built-in sandbox: it starts a receiver on this computer (127.0.0.1), which a remote tenant cannot reach, and fires an alert on the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test delivery is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a receiver on 127.0.0.1, register it, fire an alert on the sandbox and check that the delivery arrives with a valid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhooks could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook is registered. Register one to send events to a coaching platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) registered.</source>
        <translation>
            <numerusform>%n webhook registered.</numerusform>
            <numerusform>%n webhooks registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook could not be registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is kept in the system keychain under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: a copy is kept in memory for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved in the system keychain (%1). Copy it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 registered, but its secret is not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook %1 (%2)?

The tenant stops delivering events to it, and its signing secret is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 was already deleted on the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 deleted, but its secret could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WhatIfPanel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labelled dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a labelled CSV or JSONL file (interaction id, emotion, confidence, label, optional timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file labels every scored interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check when the file labels every scored interaction, not only the alerts that were raised: only then can lowering a threshold be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dataset loaded — import a labelled CSV or JSONL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True positives lost versus in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TP lost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positives avoided versus in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP avoided:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the change versus the threshold in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precision (0 to 1) the recommended threshold must reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative: require the 95% lower bound to reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the Wilson 95% lower bound of the precision to reach the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recommended threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recommended threshold into the calibration editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled datasets (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rejected row(s)</source>
        <translation>
            <numerusform>… and %n more rejected row</numerusform>
            <numerusform>… and %n more rejected rows</numerusform>
        </translation>
    </message>
    <message>
        <source>No dataset loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fully labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed alerts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows (%2) · %3: %4 rows, %5 true and %6 false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall by threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision and recall by threshold; drag to move the proposed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or drag to move the proposed threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision–recall curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision–recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no trigger for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (no timestamps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judging a threshold below the one in force needs a fully labelled dataset: reviewed alerts only exist above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a dataset with rows for %1 to get a recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1 (precision %2, recall %3, %4 alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold between %1 and %2 reaches a precision of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower threshold would reach the target, but the directive&apos;s minimum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds below the one in force were not considered: that needs a fully labelled dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::WorkbenchSession</name>
    <message>
        <source>There is no connection profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing scopes: %1. Features that need them will be refused by the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calib::constraints</name>
    <message>
        <source>%1: from %2 to %3 (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Local Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be opened, so applies and drafts are disabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This panel could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
