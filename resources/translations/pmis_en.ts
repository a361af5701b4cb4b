<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AdminPages</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>Offices</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
    </context>
    <context>
        <name>AdminTerms</name>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Counter clerk</source>
            <translation>Counter clerk</translation>
        </message>
        <message>
            <source>Meter reading supervisor</source>
            <translation>Meter reading supervisor</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <source>Sign in and use the client</source>
            <translation>Sign in and use the client</translation>
        </message>
        <message>
            <source>View customer files</source>
            <translation>View customer files</translation>
        </message>
        <message>
            <source>Edit customer contact details</source>
            <translation>Edit customer contact details</translation>
        </message>
        <message>
            <source>View user accounts</source>
            <translation>View user accounts</translation>
        </message>
        <message>
            <source>Create, change, lock and unlock user accounts</source>
            <translation>Create, change, lock and unlock user accounts</translation>
        </message>
        <message>
            <source>View the organisation</source>
            <translation>View the organisation</translation>
        </message>
        <message>
            <source>Create organisation units</source>
            <translation>Create organisation units</translation>
        </message>
        <message>
            <source>Read the audit log</source>
            <translation>Read the audit log</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Bureau</source>
            <translation>Bureau</translation>
        </message>
        <message>
            <source>Business office</source>
            <translation>Business office</translation>
        </message>
        <message>
            <source>Service hall</source>
            <translation>Service hall</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Succeeded</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Denied</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Organisation unit</source>
            <translation>Organisation unit</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>Connection check</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>Health check</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <source>Read own account</source>
            <translation>Read own account</translation>
        </message>
        <message>
            <source>Change own password</source>
            <translation>Change own password</translation>
        </message>
        <message>
            <source>List users</source>
            <translation>List users</translation>
        </message>
        <message>
            <source>View user</source>
            <translation>View user</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>Create user</translation>
        </message>
        <message>
            <source>Change user</source>
            <translation>Change user</translation>
        </message>
        <message>
            <source>Lock or unlock user</source>
            <translation>Lock or unlock user</translation>
        </message>
        <message>
            <source>Lock user</source>
            <translation>Lock user</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>Unlock user</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>List roles</source>
            <translation>List roles</translation>
        </message>
        <message>
            <source>List the organisation</source>
            <translation>List the organisation</translation>
        </message>
        <message>
            <source>Create organisation unit</source>
            <translation>Create organisation unit</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>Search the audit log</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>Search customers</translation>
        </message>
        <message>
            <source>Open customer file</source>
            <translation>Open customer file</translation>
        </message>
        <message>
            <source>Change customer contact</source>
            <translation>Change customer contact</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Workstation</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>Request id: {0}</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>Select a record to see its details.</translation>
        </message>
        <message>
            <source>e.g. admin.</source>
            <translation>e.g. admin.</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>&amp;Dates:</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>C&amp;lear</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>&amp;Outcome:</translation>
        </message>
        <message>
            <source>&amp;Method starts with:</source>
            <translation>&amp;Method starts with:</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>&amp;Record type:</translation>
        </message>
        <message>
            <source>Record &amp;id:</source>
            <translation>Record &amp;id:</translation>
        </message>
        <message>
            <source>user name or its beginning</source>
            <translation>user name or its beginning</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Page {page}, {count} records</source>
            <translation>Page {page}, {count} records</translation>
        </message>
        <message>
            <source>No records match.</source>
            <translation>No records match.</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>Request id: {0}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>An administrator has set your password. Please choose your own now.</source>
            <translation>An administrator has set your password. Please choose your own now.</translation>
        </message>
        <message>
            <source>Choose a new password.</source>
            <translation>Choose a new password.</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>&amp;Repeat new password:</translation>
        </message>
        <message>
            <source>Use at least 8 characters with letters and digits.</source>
            <translation>Use at least 8 characters with letters and digits.</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>The two new passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(not changed by you)</source>
            <translation>(not changed by you)</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>While you were editing, someone else saved a change to this customer. Compare their values (now saved) with yours, then re-apply your changes to the current record or cancel yours.</source>
            <translation>While you were editing, someone else saved a change to this customer. Compare their values (now saved) with yours, then re-apply your changes to the current record or cancel yours.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>Their value (saved)</source>
            <translation>Their value (saved)</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>Your value</translation>
        </message>
        <message>
            <source>&amp;Reload and re-apply mine</source>
            <translation>&amp;Reload and re-apply mine</translation>
        </message>
        <message>
            <source>&amp;Cancel my changes</source>
            <translation>&amp;Cancel my changes</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>Edit contact</translation>
        </message>
        <message>
            <source>%1 · account %2</source>
            <translation>%1 · account %2</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>The record was reloaded. Your changes are applied to the current data: check them and save again.</source>
            <translation>The record was reloaded. Your changes are applied to the current data: check them and save again.</translation>
        </message>
    </context>
    <context>
        <name>CustomerFileView</name>
        <message>
            <source>Identity</source>
            <translation>Identity</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>Account no.</translation>
        </message>
        <message>
            <source>Customer class</source>
            <translation>Customer class</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Voltage level</source>
            <translation>Voltage level</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>Identity document</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>Customer since</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>Landline</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>Mailing address</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>&amp;Edit contact…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>Service points (%1)</source>
            <translation>Service points (%1)</translation>
        </message>
        <message>
            <source>Metering points (%1)</source>
            <translation>Metering points (%1)</translation>
        </message>
        <message>
            <source>Meters on site (%1)</source>
            <translation>Meters on site (%1)</translation>
        </message>
        <message>
            <source>Change history (%1)</source>
            <translation>Change history (%1)</translation>
        </message>
        <message>
            <source>Loading the customer file…</source>
            <translation>Loading the customer file…</translation>
        </message>
        <message>
            <source>The customer file could not be loaded.</source>
            <translation>The customer file could not be loaded.</translation>
        </message>
    </context>
    <context>
        <name>CustomerModels</name>
        <message>
            <source>Account no.</source>
            <translation>Account no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>Matched by</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>Service point</translation>
        </message>
        <message>
            <source>Supply voltage</source>
            <translation>Supply voltage</translation>
        </message>
        <message>
            <source>Capacity (kVA)</source>
            <translation>Capacity (kVA)</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>Transformer area</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>Metering point</translation>
        </message>
        <message>
            <source>Metering mode</source>
            <translation>Metering mode</translation>
        </message>
        <message>
            <source>CT ratio</source>
            <translation>CT ratio</translation>
        </message>
        <message>
            <source>PT ratio</source>
            <translation>PT ratio</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Multiplier</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>Serial no.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>Digits</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>Installed</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>Removed</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1: %2 → %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No server reachable</source>
            <translation>No server reachable</translation>
        </message>
        <message>
            <source>No application server could be reached. Check the network and the server list in the settings, then try again.</source>
            <translation>No application server could be reached. Check the network and the server list in the settings, then try again.</translation>
        </message>
        <message>
            <source>Server error</source>
            <translation>Server error</translation>
        </message>
        <message>
            <source>The server could not complete the request. Please report reference number %1 to the administrator.</source>
            <translation>The server could not complete the request. Please report reference number %1 to the administrator.</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>Session ended</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>Your session has ended. Please log in again.</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Not allowed</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Not found</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>Cannot do that</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>Something went wrong in the client. Please try again.</source>
            <translation>Something went wrong in the client. Please try again.</translation>
        </message>
        <message>
            <source>Log in again</source>
            <translation>Log in again</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Residential</source>
            <translation>Residential</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Commercial</translation>
        </message>
        <message>
            <source>Large industry</source>
            <translation>Large industry</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>Agriculture</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>Account no.</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>Landline</translation>
        </message>
        <message>
            <source>Meter serial</source>
            <translation>Meter serial</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>Resident ID card</translation>
        </message>
        <message>
            <source>Business licence</source>
            <translation>Business licence</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>Passport</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>Other document</translation>
        </message>
        <message>
            <source>HV supply, HV metering</source>
            <translation>HV supply, HV metering</translation>
        </message>
        <message>
            <source>HV supply, LV metering</source>
            <translation>HV supply, LV metering</translation>
        </message>
        <message>
            <source>LV supply, LV metering</source>
            <translation>LV supply, LV metering</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Billing</translation>
        </message>
        <message>
            <source>Check metering</source>
            <translation>Check metering</translation>
        </message>
        <message>
            <source>Sub-metering</source>
            <translation>Sub-metering</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>Peak</translation>
        </message>
        <message>
            <source>Flat</source>
            <translation>Flat</translation>
        </message>
        <message>
            <source>Valley</source>
            <translation>Valley</translation>
        </message>
        <message>
            <source>Sharp peak</source>
            <translation>Sharp peak</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>Reactive</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>Demand</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>Mailing address</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>primary</translation>
        </message>
        <message>
            <source>standby</source>
            <translation>standby</translation>
        </message>
        <message>
            <source>Contact changed</source>
            <translation>Contact changed</translation>
        </message>
        <message>
            <source>Machinery manufacturing</source>
            <translation>Machinery manufacturing</translation>
        </message>
        <message>
            <source>Textiles</source>
            <translation>Textiles</translation>
        </message>
        <message>
            <source>Food processing</source>
            <translation>Food processing</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>Chemicals</translation>
        </message>
        <message>
            <source>Building materials</source>
            <translation>Building materials</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>Electronics</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Trade</translation>
        </message>
        <message>
            <source>Hotels and catering</source>
            <translation>Hotels and catering</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>Logistics</translation>
        </message>
        <message>
            <source>Pharmaceuticals</source>
            <translation>Pharmaceuticals</translation>
        </message>
        <message>
            <source>Single-phase smart meter</source>
            <translation>Single-phase smart meter</translation>
        </message>
        <message>
            <source>Three-phase smart meter</source>
            <translation>Three-phase smart meter</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Lock user</source>
            <translation>Lock user</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock the account of {name} ({username})? They can no longer sign in until it is unlocked.</source>
            <translation>Lock the account of {name} ({username})? They can no longer sign in until it is unlocked.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Enter the reason for locking.</source>
            <translation>Enter the reason for locking.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>PMIS – Log in</source>
            <translation>PMIS – Log in</translation>
        </message>
        <message>
            <source>Power Marketing Management Information System</source>
            <translation>Power Marketing Management Information System</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Servers:</source>
            <translation>Servers:</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>Enter your user name and password.</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>Logging in…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PMIS – Power Marketing Management Information System</source>
            <translation>PMIS – Power Marketing Management Information System</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <source>New {kind}</source>
            <translation>New {kind}</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Under:</source>
            <translation>Under:</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Code: 2 to 16 capital letters or digits.</source>
            <translation>Code: 2 to 16 capital letters or digits.</translation>
        </message>
        <message>
            <source>Enter the name.</source>
            <translation>Enter the name.</translation>
        </message>
    </context>
    <context>
        <name>OfficeTreeModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
    </context>
    <context>
        <name>OfficesPresenter</name>
        <message>
            <source>{name} ({code}) created.</source>
            <translation>{name} ({code}) created.</translation>
        </message>
    </context>
    <context>
        <name>OfficesView</name>
        <message>
            <source>&amp;Add unit under selected…</source>
            <translation>&amp;Add unit under selected…</translation>
        </message>
        <message>
            <source>Select the unit to add to.</source>
            <translation>Select the unit to add to.</translation>
        </message>
        <message>
            <source>Nothing can be added under a service hall.</source>
            <translation>Nothing can be added under a service hall.</translation>
        </message>
        <message>
            <source>Adds a {kind} under {name}.</source>
            <translation>Adds a {kind} under {name}.</translation>
        </message>
    </context>
    <context>
        <name>PagerBar</name>
        <message>
            <source>&lt; Pre&amp;vious</source>
            <translation>&lt; Pre&amp;vious</translation>
        </message>
        <message>
            <source>Ne&amp;xt &gt;</source>
            <translation>Ne&amp;xt &gt;</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>New password for {name} ({username}). They must change it at the next sign-in.</source>
            <translation>New password for {name} ({username}). They must change it at the next sign-in.</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>New &amp;password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>The password needs at least 8 characters with letters and digits.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>PermissionTableModel</name>
        <message>
            <source>Permission</source>
            <translation>Permission</translation>
        </message>
        <message>
            <source>Allows</source>
            <translation>Allows</translation>
        </message>
    </context>
    <context>
        <name>RoleTableModel</name>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>Permissions</translation>
        </message>
    </context>
    <context>
        <name>RolesView</name>
        <message>
            <source>Roles and their permissions are defined on the server; this list is read-only.</source>
            <translation>Roles and their permissions are defined on the server; this list is read-only.</translation>
        </message>
        <message>
            <source>Permissions of the role {role}:</source>
            <translation>Permissions of the role {role}:</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Name, account no., phone, address or meter serial</source>
            <translation>Name, account no., phone, address or meter serial</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>&amp;More results</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No customer found.</source>
            <translation>No customer found.</translation>
        </message>
        <message>
            <source>%1 customers shown, more available.</source>
            <translation>%1 customers shown, more available.</translation>
        </message>
        <message>
            <source>%1 customers found.</source>
            <translation>%1 customers found.</translation>
        </message>
        <message>
            <source>Type at least one character to search.</source>
            <translation>Type at least one character to search.</translation>
        </message>
    </context>
    <context>
        <name>ServerListEditor</name>
        <message>
            <source>Application servers (tried in this order)</source>
            <translation>Application servers (tried in this order)</translation>
        </message>
        <message>
            <source>host:port</source>
            <translation>host:port</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <source>Enter a server as host:port, e.g. 10.0.0.5:7610.</source>
            <translation>Enter a server as host:port, e.g. 10.0.0.5:7610.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>A new server list is used at the next login.</source>
            <translation>A new server list is used at the next login.</translation>
        </message>
        <message>
            <source>At least one server is needed.</source>
            <translation>At least one server is needed.</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>%1 (%2) · %3</source>
            <translation>%1 (%2) · %3</translation>
        </message>
        <message>
            <source>unknown role</source>
            <translation>unknown role</translation>
        </message>
        <message>
            <source>Server %1 (%2)</source>
            <translation>Server %1 (%2)</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Not connected</translation>
        </message>
        <message>
            <source>RTT %1 ms</source>
            <translation>RTT %1 ms</translation>
        </message>
        <message>
            <source>RTT –</source>
            <translation>RTT –</translation>
        </message>
        <message>
            <source>Failover at %1: now served by %2</source>
            <translation>Failover at %1: now served by %2</translation>
        </message>
        <message>
            <source>No server reachable</source>
            <translation>No server reachable</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Office:</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>Initial &amp;password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>At least 8 characters with letters and digits. The user must change it at the first sign-in.</source>
            <translation>At least 8 characters with letters and digits. The user must change it at the first sign-in.</translation>
        </message>
        <message>
            <source>Username: 3 to 40 lower-case letters, digits, '.' or '_', starting with a letter.</source>
            <translation>Username: 3 to 40 lower-case letters, digits, '.' or '_', starting with a letter.</translation>
        </message>
        <message>
            <source>Enter the full name.</source>
            <translation>Enter the full name.</translation>
        </message>
        <message>
            <source>Choose an office.</source>
            <translation>Choose an office.</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>Choose at least one role.</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>The password needs at least 8 characters with letters and digits.</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lock reason</source>
            <translation>Lock reason</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>UsersPresenter</name>
        <message>
            <source>User {username} created.</source>
            <translation>User {username} created.</translation>
        </message>
        <message>
            <source>User {username} saved.</source>
            <translation>User {username} saved.</translation>
        </message>
        <message>
            <source>User {username} locked.</source>
            <translation>User {username} locked.</translation>
        </message>
        <message>
            <source>User {username} unlocked.</source>
            <translation>User {username} unlocked.</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>New password set for {username}.</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>Username or name</source>
            <translation>Username or name</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>All offices</translation>
        </message>
        <message>
            <source>Include &amp;locked</source>
            <translation>Include &amp;locked</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>&amp;New user…</translation>
        </message>
        <message>
            <source>Offi&amp;ce:</source>
            <translation>Offi&amp;ce:</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Loc&amp;k…</source>
            <translation>Loc&amp;k…</translation>
        </message>
        <message>
            <source>Reset pass&amp;word…</source>
            <translation>Reset pass&amp;word…</translation>
        </message>
        <message>
            <source>Users {first}-{last} of {total}</source>
            <translation>Users {first}-{last} of {total}</translation>
        </message>
        <message>
            <source>No users match.</source>
            <translation>No users match.</translation>
        </message>
        <message>
            <source>Someone else changed this user while you were editing. Your changes were not saved.</source>
            <translation>Someone else changed this user while you were editing. Your changes were not saved.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>The user now reads:
Full name: {name}
Office: {office}
Roles: {roles}</source>
            <translation>The user now reads:
Full name: {name}
Office: {office}
Roles: {roles}</translation>
        </message>
        <message>
            <source>Open the user again to make your change on the current data.</source>
            <translation>Open the user again to make your change on the current data.</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Unlock the account of {name} ({username})? They can sign in again.</source>
            <translation>Unlock the account of {name} ({username})? They can sign in again.</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>Unlock user</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
</TS>
