<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AddDocumentDialog</name>
        <message>
            <source>Add document</source>
            <translation>Add document</translation>
        </message>
        <message>
            <source>&amp;Document:</source>
            <translation>&amp;Document:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>a scan as PDF, PNG or JPEG, at most %1 MB</source>
            <translation>a scan as PDF, PNG or JPEG, at most %1 MB</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Choose the scanned document</source>
            <translation>Choose the scanned document</translation>
        </message>
        <message>
            <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
            <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Choose a PDF, PNG or JPEG file.</source>
            <translation>Choose a PDF, PNG or JPEG file.</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>The file cannot be read.</translation>
        </message>
        <message>
            <source>The file is larger than %1 MB.</source>
            <translation>The file is larger than %1 MB.</translation>
        </message>
    </context>
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
        <message>
            <source>View batch job progress</source>
            <translation>View batch job progress</translation>
        </message>
        <message>
            <source>Change business conventions</source>
            <translation>Change business conventions</translation>
        </message>
        <message>
            <source>View tariffs and use the calculator</source>
            <translation>View tariffs and use the calculator</translation>
        </message>
        <message>
            <source>Draft and import tariffs</source>
            <translation>Draft and import tariffs</translation>
        </message>
        <message>
            <source>Approve tariffs</source>
            <translation>Approve tariffs</translation>
        </message>
        <message>
            <source>View reading books and readings</source>
            <translation>View reading books and readings</translation>
        </message>
        <message>
            <source>Enter and import readings</source>
            <translation>Enter and import readings</translation>
        </message>
        <message>
            <source>Decide on flagged readings and meter changes</source>
            <translation>Decide on flagged readings and meter changes</translation>
        </message>
        <message>
            <source>Manage reading books and plans</source>
            <translation>Manage reading books and plans</translation>
        </message>
        <message>
            <source>View bills</source>
            <translation>View bills</translation>
        </message>
        <message>
            <source>Start billing runs</source>
            <translation>Start billing runs</translation>
        </message>
        <message>
            <source>Release or reject bills under review</source>
            <translation>Release or reject bills under review</translation>
        </message>
        <message>
            <source>Request bill corrections</source>
            <translation>Request bill corrections</translation>
        </message>
        <message>
            <source>Approve bill corrections</source>
            <translation>Approve bill corrections</translation>
        </message>
        <message>
            <source>View accounts and payments</source>
            <translation>View accounts and payments</translation>
        </message>
        <message>
            <source>Take payments at the counter</source>
            <translation>Take payments at the counter</translation>
        </message>
        <message>
            <source>Request payment reversals</source>
            <translation>Request payment reversals</translation>
        </message>
        <message>
            <source>Approve payment reversals</source>
            <translation>Approve payment reversals</translation>
        </message>
        <message>
            <source>Close one's own till</source>
            <translation>Close one's own till</translation>
        </message>
        <message>
            <source>View every clerk's cash close</source>
            <translation>View every clerk's cash close</translation>
        </message>
        <message>
            <source>View arrears</source>
            <translation>View arrears</translation>
        </message>
        <message>
            <source>Issue reminders and notices, waive penalties</source>
            <translation>Issue reminders and notices, waive penalties</translation>
        </message>
        <message>
            <source>Exchange bank withholding files</source>
            <translation>Exchange bank withholding files</translation>
        </message>
        <message>
            <source>Print revenue reports</source>
            <translation>Print revenue reports</translation>
        </message>
        <message>
            <source>View job progress</source>
            <translation>View job progress</translation>
        </message>
        <message>
            <source>List reading books</source>
            <translation>List reading books</translation>
        </message>
        <message>
            <source>View a reading book</source>
            <translation>View a reading book</translation>
        </message>
        <message>
            <source>View reading history</source>
            <translation>View reading history</translation>
        </message>
        <message>
            <source>List meter readers</source>
            <translation>List meter readers</translation>
        </message>
        <message>
            <source>Assign meter reader</source>
            <translation>Assign meter reader</translation>
        </message>
        <message>
            <source>Move points between books</source>
            <translation>Move points between books</translation>
        </message>
        <message>
            <source>Create reading plans</source>
            <translation>Create reading plans</translation>
        </message>
        <message>
            <source>Open reading entry</source>
            <translation>Open reading entry</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>Save readings</translation>
        </message>
        <message>
            <source>Import readings</source>
            <translation>Import readings</translation>
        </message>
        <message>
            <source>View reading exceptions</source>
            <translation>View reading exceptions</translation>
        </message>
        <message>
            <source>Decide on a reading</source>
            <translation>Decide on a reading</translation>
        </message>
        <message>
            <source>Record a meter change</source>
            <translation>Record a meter change</translation>
        </message>
        <message>
            <source>List tariffs</source>
            <translation>List tariffs</translation>
        </message>
        <message>
            <source>View tariff version</source>
            <translation>View tariff version</translation>
        </message>
        <message>
            <source>Draft tariff</source>
            <translation>Draft tariff</translation>
        </message>
        <message>
            <source>Edit tariff draft</source>
            <translation>Edit tariff draft</translation>
        </message>
        <message>
            <source>Submit tariff for approval</source>
            <translation>Submit tariff for approval</translation>
        </message>
        <message>
            <source>Withdraw tariff</source>
            <translation>Withdraw tariff</translation>
        </message>
        <message>
            <source>Approve tariff</source>
            <translation>Approve tariff</translation>
        </message>
        <message>
            <source>Reject tariff</source>
            <translation>Reject tariff</translation>
        </message>
        <message>
            <source>Export tariff</source>
            <translation>Export tariff</translation>
        </message>
        <message>
            <source>Import tariff</source>
            <translation>Import tariff</translation>
        </message>
        <message>
            <source>Calculate a bill</source>
            <translation>Calculate a bill</translation>
        </message>
        <message>
            <source>List billing runs</source>
            <translation>List billing runs</translation>
        </message>
        <message>
            <source>Start billing run</source>
            <translation>Start billing run</translation>
        </message>
        <message>
            <source>View billing run</source>
            <translation>View billing run</translation>
        </message>
        <message>
            <source>Restart billing run</source>
            <translation>Restart billing run</translation>
        </message>
        <message>
            <source>View a customer's bills</source>
            <translation>View a customer's bills</translation>
        </message>
        <message>
            <source>View a run's bills</source>
            <translation>View a run's bills</translation>
        </message>
        <message>
            <source>View bill</source>
            <translation>View bill</translation>
        </message>
        <message>
            <source>Explain bill</source>
            <translation>Explain bill</translation>
        </message>
        <message>
            <source>Print bill</source>
            <translation>Print bill</translation>
        </message>
        <message>
            <source>Print a run's bills</source>
            <translation>Print a run's bills</translation>
        </message>
        <message>
            <source>View bill review queue</source>
            <translation>View bill review queue</translation>
        </message>
        <message>
            <source>Release bills</source>
            <translation>Release bills</translation>
        </message>
        <message>
            <source>Reject bill</source>
            <translation>Reject bill</translation>
        </message>
        <message>
            <source>Preview correction</source>
            <translation>Preview correction</translation>
        </message>
        <message>
            <source>Request correction</source>
            <translation>Request correction</translation>
        </message>
        <message>
            <source>List corrections</source>
            <translation>List corrections</translation>
        </message>
        <message>
            <source>View correction</source>
            <translation>View correction</translation>
        </message>
        <message>
            <source>Approve correction</source>
            <translation>Approve correction</translation>
        </message>
        <message>
            <source>Reject correction</source>
            <translation>Reject correction</translation>
        </message>
        <message>
            <source>View account</source>
            <translation>View account</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>Take payment</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>Print receipt</translation>
        </message>
        <message>
            <source>View receipt</source>
            <translation>View receipt</translation>
        </message>
        <message>
            <source>Request reversal</source>
            <translation>Request reversal</translation>
        </message>
        <message>
            <source>List reversal requests</source>
            <translation>List reversal requests</translation>
        </message>
        <message>
            <source>Decide reversal</source>
            <translation>Decide reversal</translation>
        </message>
        <message>
            <source>View till</source>
            <translation>View till</translation>
        </message>
        <message>
            <source>Close till</source>
            <translation>Close till</translation>
        </message>
        <message>
            <source>Print till report</source>
            <translation>Print till report</translation>
        </message>
        <message>
            <source>List cash closes</source>
            <translation>List cash closes</translation>
        </message>
        <message>
            <source>Print cash close</source>
            <translation>Print cash close</translation>
        </message>
        <message>
            <source>List arrears</source>
            <translation>List arrears</translation>
        </message>
        <message>
            <source>View penalty detail</source>
            <translation>View penalty detail</translation>
        </message>
        <message>
            <source>Waive penalty</source>
            <translation>Waive penalty</translation>
        </message>
        <message>
            <source>Issue notices</source>
            <translation>Issue notices</translation>
        </message>
        <message>
            <source>Print notices</source>
            <translation>Print notices</translation>
        </message>
        <message>
            <source>List banks</source>
            <translation>List banks</translation>
        </message>
        <message>
            <source>List withholding agreements</source>
            <translation>List withholding agreements</translation>
        </message>
        <message>
            <source>List bank batches</source>
            <translation>List bank batches</translation>
        </message>
        <message>
            <source>Export bank file</source>
            <translation>Export bank file</translation>
        </message>
        <message>
            <source>Download bank file</source>
            <translation>Download bank file</translation>
        </message>
        <message>
            <source>Import bank result</source>
            <translation>Import bank result</translation>
        </message>
        <message>
            <source>View reconciliation</source>
            <translation>View reconciliation</translation>
        </message>
        <message>
            <source>List report units</source>
            <translation>List report units</translation>
        </message>
        <message>
            <source>View monthly report figures</source>
            <translation>View monthly report figures</translation>
        </message>
        <message>
            <source>Print monthly report</source>
            <translation>Print monthly report</translation>
        </message>
        <message>
            <source>Tariff version</source>
            <translation>Tariff version</translation>
        </message>
        <message>
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>Correction request</source>
            <translation>Correction request</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>Bill</translation>
        </message>
        <message>
            <source>Reversal request</source>
            <translation>Reversal request</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Billing run</source>
            <translation>Billing run</translation>
        </message>
        <message>
            <source>Bank batch</source>
            <translation>Bank batch</translation>
        </message>
        <message>
            <source>Reading plan</source>
            <translation>Reading plan</translation>
        </message>
        <message>
            <source>Reading import</source>
            <translation>Reading import</translation>
        </message>
        <message>
            <source>Reading book</source>
            <translation>Reading book</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>Metering point</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Ledger entry</source>
            <translation>Ledger entry</translation>
        </message>
        <message>
            <source>Cash close</source>
            <translation>Cash close</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Service engineer</source>
            <translation>Service engineer</translation>
        </message>
        <message>
            <source>Metering technician</source>
            <translation>Metering technician</translation>
        </message>
        <message>
            <source>View business applications</source>
            <translation>View business applications</translation>
        </message>
        <message>
            <source>Register and work business applications</source>
            <translation>Register and work business applications</translation>
        </message>
        <message>
            <source>Terminate business applications</source>
            <translation>Terminate business applications</translation>
        </message>
        <message>
            <source>Draft and approve workflow definitions</source>
            <translation>Draft and approve workflow definitions</translation>
        </message>
        <message>
            <source>View complaints</source>
            <translation>View complaints</translation>
        </message>
        <message>
            <source>Record and handle complaints</source>
            <translation>Record and handle complaints</translation>
        </message>
        <message>
            <source>Log consultations and print statements</source>
            <translation>Log consultations and print statements</translation>
        </message>
        <message>
            <source>View fault reports</source>
            <translation>View fault reports</translation>
        </message>
        <message>
            <source>Record fault reports</source>
            <translation>Record fault reports</translation>
        </message>
        <message>
            <source>Dispatch repair crews</source>
            <translation>Dispatch repair crews</translation>
        </message>
        <message>
            <source>Use one's to-do list</source>
            <translation>Use one's to-do list</translation>
        </message>
        <message>
            <source>View the office work dashboard</source>
            <translation>View the office work dashboard</translation>
        </message>
        <message>
            <source>Edit the working-day calendar</source>
            <translation>Edit the working-day calendar</translation>
        </message>
        <message>
            <source>View business application types</source>
            <translation>View business application types</translation>
        </message>
        <message>
            <source>Register an application</source>
            <translation>Register an application</translation>
        </message>
        <message>
            <source>Search applications</source>
            <translation>Search applications</translation>
        </message>
        <message>
            <source>View an application</source>
            <translation>View an application</translation>
        </message>
        <message>
            <source>Edit application data</source>
            <translation>Edit application data</translation>
        </message>
        <message>
            <source>Complete an application stage</source>
            <translation>Complete an application stage</translation>
        </message>
        <message>
            <source>Return an application to an earlier stage</source>
            <translation>Return an application to an earlier stage</translation>
        </message>
        <message>
            <source>Suspend an application</source>
            <translation>Suspend an application</translation>
        </message>
        <message>
            <source>Resume an application</source>
            <translation>Resume an application</translation>
        </message>
        <message>
            <source>Terminate an application</source>
            <translation>Terminate an application</translation>
        </message>
        <message>
            <source>Attach a scanned document</source>
            <translation>Attach a scanned document</translation>
        </message>
        <message>
            <source>View a scanned document</source>
            <translation>View a scanned document</translation>
        </message>
        <message>
            <source>View workflow definitions</source>
            <translation>View workflow definitions</translation>
        </message>
        <message>
            <source>View a workflow version</source>
            <translation>View a workflow version</translation>
        </message>
        <message>
            <source>Draft a workflow version</source>
            <translation>Draft a workflow version</translation>
        </message>
        <message>
            <source>Approve a workflow version</source>
            <translation>Approve a workflow version</translation>
        </message>
        <message>
            <source>View repair crews</source>
            <translation>View repair crews</translation>
        </message>
        <message>
            <source>Create a repair crew</source>
            <translation>Create a repair crew</translation>
        </message>
        <message>
            <source>Edit a repair crew</source>
            <translation>Edit a repair crew</translation>
        </message>
        <message>
            <source>View transformer areas for faults</source>
            <translation>View transformer areas for faults</translation>
        </message>
        <message>
            <source>Look up the same outage</source>
            <translation>Look up the same outage</translation>
        </message>
        <message>
            <source>Record a fault report</source>
            <translation>Record a fault report</translation>
        </message>
        <message>
            <source>View repair tickets</source>
            <translation>View repair tickets</translation>
        </message>
        <message>
            <source>View a repair ticket</source>
            <translation>View a repair ticket</translation>
        </message>
        <message>
            <source>Dispatch a repair crew</source>
            <translation>Dispatch a repair crew</translation>
        </message>
        <message>
            <source>Record crew arrival</source>
            <translation>Record crew arrival</translation>
        </message>
        <message>
            <source>Record supply restored</source>
            <translation>Record supply restored</translation>
        </message>
        <message>
            <source>Close a repair ticket</source>
            <translation>Close a repair ticket</translation>
        </message>
        <message>
            <source>Cancel a repair ticket</source>
            <translation>Cancel a repair ticket</translation>
        </message>
        <message>
            <source>Correct a repair time</source>
            <translation>Correct a repair time</translation>
        </message>
        <message>
            <source>Move a fault report</source>
            <translation>Move a fault report</translation>
        </message>
        <message>
            <source>Merge repair tickets</source>
            <translation>Merge repair tickets</translation>
        </message>
        <message>
            <source>View complaint code lists</source>
            <translation>View complaint code lists</translation>
        </message>
        <message>
            <source>List complaints</source>
            <translation>List complaints</translation>
        </message>
        <message>
            <source>View a complaint</source>
            <translation>View a complaint</translation>
        </message>
        <message>
            <source>Register a complaint or suggestion</source>
            <translation>Register a complaint or suggestion</translation>
        </message>
        <message>
            <source>Assign a complaint</source>
            <translation>Assign a complaint</translation>
        </message>
        <message>
            <source>Record contact with a complainant</source>
            <translation>Record contact with a complainant</translation>
        </message>
        <message>
            <source>Pause a complaint's clock</source>
            <translation>Pause a complaint's clock</translation>
        </message>
        <message>
            <source>Resume a complaint's clock</source>
            <translation>Resume a complaint's clock</translation>
        </message>
        <message>
            <source>Reply to a complaint</source>
            <translation>Reply to a complaint</translation>
        </message>
        <message>
            <source>Record a complaint callback</source>
            <translation>Record a complaint callback</translation>
        </message>
        <message>
            <source>Close a complaint</source>
            <translation>Close a complaint</translation>
        </message>
        <message>
            <source>Reopen a complaint</source>
            <translation>Reopen a complaint</translation>
        </message>
        <message>
            <source>Log a consultation</source>
            <translation>Log a consultation</translation>
        </message>
        <message>
            <source>View the consultation log</source>
            <translation>View the consultation log</translation>
        </message>
        <message>
            <source>Print a customer statement</source>
            <translation>Print a customer statement</translation>
        </message>
        <message>
            <source>Take a work item</source>
            <translation>Take a work item</translation>
        </message>
        <message>
            <source>Assign a work item</source>
            <translation>Assign a work item</translation>
        </message>
        <message>
            <source>Escalate overdue work items</source>
            <translation>Escalate overdue work items</translation>
        </message>
        <message>
            <source>View to-do list</source>
            <translation>View to-do list</translation>
        </message>
        <message>
            <source>List work items</source>
            <translation>List work items</translation>
        </message>
        <message>
            <source>View work dashboard</source>
            <translation>View work dashboard</translation>
        </message>
        <message>
            <source>Export work items</source>
            <translation>Export work items</translation>
        </message>
        <message>
            <source>View working-day calendar</source>
            <translation>View working-day calendar</translation>
        </message>
        <message>
            <source>Business application</source>
            <translation>Business application</translation>
        </message>
        <message>
            <source>Workflow version</source>
            <translation>Workflow version</translation>
        </message>
        <message>
            <source>Repair crew</source>
            <translation>Repair crew</translation>
        </message>
        <message>
            <source>Repair ticket</source>
            <translation>Repair ticket</translation>
        </message>
        <message>
            <source>Fault report</source>
            <translation>Fault report</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Consultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <source>Work item</source>
            <translation>Work item</translation>
        </message>
        <message>
            <source>Calendar day</source>
            <translation>Calendar day</translation>
        </message>
    </context>
    <context>
        <name>ApplicationDetail</name>
        <message>
            <source>&amp;Complete stage…</source>
            <translation>&amp;Complete stage…</translation>
        </message>
        <message>
            <source>Re&amp;turn to…</source>
            <translation>Re&amp;turn to…</translation>
        </message>
        <message>
            <source>S&amp;uspend…</source>
            <translation>S&amp;uspend…</translation>
        </message>
        <message>
            <source>Resu&amp;me…</source>
            <translation>Resu&amp;me…</translation>
        </message>
        <message>
            <source>Te&amp;rminate…</source>
            <translation>Te&amp;rminate…</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Load the application again (F5)</source>
            <translation>Load the application again (F5)</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Save fields</source>
            <translation>&amp;Save fields</translation>
        </message>
        <message>
            <source>&amp;Add document…</source>
            <translation>&amp;Add document…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>%1 (account %2)</source>
            <translation>%1 (account %2)</translation>
        </message>
        <message>
            <source>%1 · %2 · stage: %3 · opened %4</source>
            <translation>%1 · %2 · stage: %3 · opened %4</translation>
        </message>
        <message>
            <source>Completed %1; effective %2</source>
            <translation>Completed %1; effective %2</translation>
        </message>
        <message>
            <source>customer account %1</source>
            <translation>customer account %1</translation>
        </message>
        <message>
            <source>Whole process (%1 working days) due %2 · this stage due %3 · time left: %4</source>
            <translation>Whole process (%1 working days) due %2 · this stage due %3 · time left: %4</translation>
        </message>
        <message>
            <source>fields: %1</source>
            <translation>fields: %1</translation>
        </message>
        <message>
            <source>documents: %1</source>
            <translation>documents: %1</translation>
        </message>
        <message>
            <source>Still needed to complete this stage — %1</source>
            <translation>Still needed to complete this stage — %1</translation>
        </message>
    </context>
    <context>
        <name>ApplicationModels</name>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>Suspended</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Terminated</source>
            <translation>Terminated</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Likely late</source>
            <translation>Likely late</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Stage completed</source>
            <translation>Stage completed</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>Resumed</translation>
        </message>
        <message>
            <source>Document added</source>
            <translation>Document added</translation>
        </message>
        <message>
            <source>Fields updated</source>
            <translation>Fields updated</translation>
        </message>
        <message>
            <source>Counter clerk</source>
            <translation>Counter clerk</translation>
        </message>
        <message>
            <source>Service engineer</source>
            <translation>Service engineer</translation>
        </message>
        <message>
            <source>Metering technician</source>
            <translation>Metering technician</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>Meter reading supervisor</source>
            <translation>Meter reading supervisor</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>overdue %1</source>
            <translation>overdue %1</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Applicant</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Whole process due</source>
            <translation>Whole process due</translation>
        </message>
        <message>
            <source>This stage</source>
            <translation>This stage</translation>
        </message>
        <message>
            <source>Reason or details</source>
            <translation>Reason or details</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
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
            <source>From stage</source>
            <translation>From stage</translation>
        </message>
        <message>
            <source>To stage</source>
            <translation>To stage</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>Size (KB)</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Added by</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Breached</translation>
        </message>
        <message>
            <source>Business type</source>
            <translation>Business type</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>shipped</source>
            <translation>shipped</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>Drafted</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Required fields</translation>
        </message>
        <message>
            <source>Required documents</source>
            <translation>Required documents</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>ApplicationPages</name>
        <message>
            <source>Applications</source>
            <translation>Applications</translation>
        </message>
        <message>
            <source>Workflows</source>
            <translation>Workflows</translation>
        </message>
    </context>
    <context>
        <name>ApplicationTour</name>
        <message>
            <source>New flat, moving in next month</source>
            <translation>New flat, moving in next month</translation>
        </message>
        <message>
            <source>Name  %1</source>
            <translation>Name  %1</translation>
        </message>
        <message>
            <source>Sex  female   Born  1990-03-15</source>
            <translation>Sex  female   Born  1990-03-15</translation>
        </message>
        <message>
            <source>Address  %1</source>
            <translation>Address  %1</translation>
        </message>
        <message>
            <source>ID number  %1</source>
            <translation>ID number  %1</translation>
        </message>
        <message>
            <source>Lease contract</source>
            <translation>Lease contract</translation>
        </message>
    </context>
    <context>
        <name>ApplicationsPage</name>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>Number, applicant or customer name, phone</source>
            <translation>Number, applicant or customer name, phone</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Mine</translation>
        </message>
        <message>
            <source>Only applications whose current stage I work</source>
            <translation>Only applications whose current stage I work</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>&amp;New application…</source>
            <translation>&amp;New application…</translation>
        </message>
        <message>
            <source>Register a new application (Ctrl+N)</source>
            <translation>Register a new application (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>Ne&amp;xt</source>
            <translation>Ne&amp;xt</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any stage</source>
            <translation>Any stage</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No application found.</source>
            <translation>No application found.</translation>
        </message>
        <message>
            <source>%1–%2 of %3 applications</source>
            <translation>%1–%2 of %3 applications</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message>
            <source>All requests</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Show:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Approve reversal…</source>
            <translation>&amp;Approve reversal…</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>Re&amp;ject</translation>
        </message>
        <message>
            <source>%1 requests.</source>
            <translation>%1 requests.</translation>
        </message>
        <message>
            <source>Approve reversal</source>
            <translation>Approve reversal</translation>
        </message>
        <message>
            <source>Reverse receipt %1 of %2 (%3)? The debts it paid open again.</source>
            <translation>Reverse receipt %1 of %2 (%3)? The debts it paid open again.</translation>
        </message>
    </context>
    <context>
        <name>ArrearsPresenter</name>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
    </context>
    <context>
        <name>ArrearsView</name>
        <message>
            <source>Days overdue ≥</source>
            <translation>Days overdue ≥</translation>
        </message>
        <message>
            <source>Amount ≥</source>
            <translation>Amount ≥</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Step due</source>
            <translation>Step due</translation>
        </message>
        <message>
            <source>All classes</source>
            <translation>All classes</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Any</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Show the arrears (F5)</source>
            <translation>Show the arrears (F5)</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>More…</translation>
        </message>
        <message>
            <source>Issue &amp;reminders</source>
            <translation>Issue &amp;reminders</translation>
        </message>
        <message>
            <source>Issue disconnection &amp;notices</source>
            <translation>Issue disconnection &amp;notices</translation>
        </message>
        <message>
            <source>Order &amp;disconnection</source>
            <translation>Order &amp;disconnection</translation>
        </message>
        <message>
            <source>Record re&amp;connection</source>
            <translation>Record re&amp;connection</translation>
        </message>
        <message>
            <source>&amp;Preview notice</source>
            <translation>&amp;Preview notice</translation>
        </message>
        <message>
            <source>Penalty &amp;details</source>
            <translation>Penalty &amp;details</translation>
        </message>
        <message>
            <source>&amp;Waive penalty…</source>
            <translation>&amp;Waive penalty…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{total} customers · overdue {overdue} · penalties {penalty} · due now: {reminder} reminders, {notice} notices, {disconnect} disconnections, {reconnect} reconnections · as of {today}</source>
            <translation>{total} customers · overdue {overdue} · penalties {penalty} · due now: {reminder} reminders, {notice} notices, {disconnect} disconnections, {reconnect} reconnections · as of {today}</translation>
        </message>
        <message>
            <source>Issue notices</source>
            <translation>Issue notices</translation>
        </message>
        <message>
            <source>Issue {count} {what} now? They are recorded and cannot be withdrawn.</source>
            <translation>Issue {count} {what} now? They are recorded and cannot be withdrawn.</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign work item</source>
            <translation>Assign work item</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>the role</translation>
        </message>
        <message>
            <source>Nobody: back to the queue of %1</source>
            <translation>Nobody: back to the queue of %1</translation>
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
        <name>BankFilesPresenter</name>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>Batch {batch}: {total} (lines: {n})</source>
            <translation>Batch {batch}: {total} (lines: {n})</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
    </context>
    <context>
        <name>BankFilesView</name>
        <message>
            <source>&amp;Bank:</source>
            <translation>&amp;Bank:</translation>
        </message>
        <message>
            <source>&amp;Export withholding file…</source>
            <translation>&amp;Export withholding file…</translation>
        </message>
        <message>
            <source>&amp;Import result file…</source>
            <translation>&amp;Import result file…</translation>
        </message>
        <message>
            <source>&amp;Save batch file again…</source>
            <translation>&amp;Save batch file again…</translation>
        </message>
        <message>
            <source>Batches and reconciliation</source>
            <translation>Batches and reconciliation</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Asked of the bank</source>
            <translation>Asked of the bank</translation>
        </message>
        <message>
            <source>Paid by the bank</source>
            <translation>Paid by the bank</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Posted</translation>
        </message>
        <message>
            <source>Bank total = posted</source>
            <translation>Bank total = posted</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>Last import</translation>
        </message>
        <message>
            <source>Failed lines (the bank's reasons):</source>
            <translation>Failed lines (the bank's reasons):</translation>
        </message>
        <message>
            <source>Import the bank's result file</source>
            <translation>Import the bank's result file</translation>
        </message>
        <message>
            <source>Withholding result files (*.txt);;All files (*)</source>
            <translation>Withholding result files (*.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Save the withholding file</source>
            <translation>Save the withholding file</translation>
        </message>
        <message>
            <source>Withholding files (*.txt)</source>
            <translation>Withholding files (*.txt)</translation>
        </message>
        <message>
            <source>{name} ({count} agreements)</source>
            <translation>{name} ({count} agreements)</translation>
        </message>
        <message>
            <source>{amount} (payments: {n})</source>
            <translation>{amount} (payments: {n})</translation>
        </message>
        <message>
            <source>new lines: {new}, already imported: {repeated}, posted now: {amount} (payments: {n})</source>
            <translation>new lines: {new}, already imported: {repeated}, posted now: {amount} (payments: {n})</translation>
        </message>
        <message>
            <source>{amount} (lines: {n})</source>
            <translation>{amount} (lines: {n})</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>NO — check the ledger</source>
            <translation>NO — check the ledger</translation>
        </message>
    </context>
    <context>
        <name>BillDialog</name>
        <message>
            <source>Bill %1</source>
            <translation>Bill %1</translation>
        </message>
        <message>
            <source>&amp;Print bill</source>
            <translation>&amp;Print bill</translation>
        </message>
        <message>
            <source>Request &amp;correction…</source>
            <translation>Request &amp;correction…</translation>
        </message>
        <message>
            <source>How the selected line was computed:</source>
            <translation>How the selected line was computed:</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>Energy (kWh)</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>How computed</source>
            <translation>How computed</translation>
        </message>
        <message>
            <source>Previous balance</source>
            <translation>Previous balance</translation>
        </message>
        <message>
            <source>Amount due</source>
            <translation>Amount due</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Inputs:</source>
            <translation>Inputs:</translation>
        </message>
        <message>
            <source>Table row:</source>
            <translation>Table row:</translation>
        </message>
        <message>
            <source>Rounding:</source>
            <translation>Rounding:</translation>
        </message>
        <message>
            <source>Difference: %1 − %2</source>
            <translation>Difference: %1 − %2</translation>
        </message>
    </context>
    <context>
        <name>BillPages</name>
        <message>
            <source>Bill review</source>
            <translation>Bill review</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>Bills</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>review</source>
            <translation>review</translation>
        </message>
        <message>
            <source>released</source>
            <translation>released</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>regular</source>
            <translation>regular</translation>
        </message>
        <message>
            <source>rebill</source>
            <translation>rebill</translation>
        </message>
        <message>
            <source>backbill</source>
            <translation>backbill</translation>
        </message>
        <message>
            <source>refund</source>
            <translation>refund</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>Energy (kWh)</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>At risk (yuan)</source>
            <translation>At risk (yuan)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Last bills</source>
            <translation>Last bills</translation>
        </message>
        <message>
            <source>Bill</source>
            <translation>Bill</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
        <message>
            <source>Difference (yuan)</source>
            <translation>Difference (yuan)</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
    </context>
    <context>
        <name>BillingPages</name>
        <message>
            <source>Billing runs</source>
            <translation>Billing runs</translation>
        </message>
    </context>
    <context>
        <name>BillingRunModels</name>
        <message>
            <source>no plan</source>
            <translation>no plan</translation>
        </message>
        <message>
            <source>not read</source>
            <translation>not read</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>validated</source>
            <translation>validated</translation>
        </message>
        <message>
            <source>billing</source>
            <translation>billing</translation>
        </message>
        <message>
            <source>billed</source>
            <translation>billed</translation>
        </message>
        <message>
            <source>not run</source>
            <translation>not run</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>queued</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>no billable reading</source>
            <translation>no billable reading</translation>
        </message>
        <message>
            <source>no tariff</source>
            <translation>no tariff</translation>
        </message>
        <message>
            <source>tariff cannot rate it</source>
            <translation>tariff cannot rate it</translation>
        </message>
        <message>
            <source>reading unusable</source>
            <translation>reading unusable</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>Bills</translation>
        </message>
        <message>
            <source>For review</source>
            <translation>For review</translation>
        </message>
        <message>
            <source>Not billed</source>
            <translation>Not billed</translation>
        </message>
        <message>
            <source>Total (yuan)</source>
            <translation>Total (yuan)</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>Metering point</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
    </context>
    <context>
        <name>BillsPage</name>
        <message>
            <source>&amp;Account:</source>
            <translation>&amp;Account:</translation>
        </message>
        <message>
            <source>account number, Enter</source>
            <translation>account number, Enter</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>&amp;Open bill</translation>
        </message>
        <message>
            <source>%1 (%2), %3: %4 bills</source>
            <translation>%1 (%2), %3: %4 bills</translation>
        </message>
    </context>
    <context>
        <name>BooksView</name>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Create plans for the period</source>
            <translation>Create plans for the period</translation>
        </message>
        <message>
            <source>A reading plan for every active book of your offices that has none for this period</source>
            <translation>A reading plan for every active book of your offices that has none for this period</translation>
        </message>
        <message>
            <source>Books: %1</source>
            <translation>Books: %1</translation>
        </message>
        <message>
            <source>with a plan: %1</source>
            <translation>with a plan: %1</translation>
        </message>
        <message>
            <source>Points of book %1 in reading order</source>
            <translation>Points of book %1 in reading order</translation>
        </message>
    </context>
    <context>
        <name>CalculatorView</name>
        <message>
            <source>&amp;Tariff:</source>
            <translation>&amp;Tariff:</translation>
        </message>
        <message>
            <source>&amp;Period (YYYY-MM):</source>
            <translation>&amp;Period (YYYY-MM):</translation>
        </message>
        <message>
            <source>&amp;Days billed (blank = whole month):</source>
            <translation>&amp;Days billed (blank = whole month):</translation>
        </message>
        <message>
            <source>&amp;Energy (kWh):</source>
            <translation>&amp;Energy (kWh):</translation>
        </message>
        <message>
            <source>Critical peak (kWh):</source>
            <translation>Critical peak (kWh):</translation>
        </message>
        <message>
            <source>Pea&amp;k (kWh):</source>
            <translation>Pea&amp;k (kWh):</translation>
        </message>
        <message>
            <source>&amp;Flat (kWh):</source>
            <translation>&amp;Flat (kWh):</translation>
        </message>
        <message>
            <source>&amp;Valley (kWh):</source>
            <translation>&amp;Valley (kWh):</translation>
        </message>
        <message>
            <source>Deep valley (kWh):</source>
            <translation>Deep valley (kWh):</translation>
        </message>
        <message>
            <source>&amp;Year-to-date kWh (tier year):</source>
            <translation>&amp;Year-to-date kWh (tier year):</translation>
        </message>
        <message>
            <source>&amp;Capacity (kVA):</source>
            <translation>&amp;Capacity (kVA):</translation>
        </message>
        <message>
            <source>&amp;Maximum demand (kW):</source>
            <translation>&amp;Maximum demand (kW):</translation>
        </message>
        <message>
            <source>Co&amp;ntracted demand (kW):</source>
            <translation>Co&amp;ntracted demand (kW):</translation>
        </message>
        <message>
            <source>&amp;Reactive energy (kvarh):</source>
            <translation>&amp;Reactive energy (kvarh):</translation>
        </message>
        <message>
            <source>Transformer (kVA, low-side metering):</source>
            <translation>Transformer (kVA, low-side metering):</translation>
        </message>
        <message>
            <source>&amp;Calculate (Enter)</source>
            <translation>&amp;Calculate (Enter)</translation>
        </message>
        <message>
            <source>blank: energy minus the other periods</source>
            <translation>blank: energy minus the other periods</translation>
        </message>
        <message>
            <source>whole month</source>
            <translation>whole month</translation>
        </message>
        <message>
            <source>none (metered on the high side)</source>
            <translation>none (metered on the high side)</translation>
        </message>
        <message>
            <source>Segment %1 (%2, %3 of %4 days): %5 yuan</source>
            <translation>Segment %1 (%2, %3 of %4 days): %5 yuan</translation>
        </message>
        <message>
            <source>Total: %1 yuan</source>
            <translation>Total: %1 yuan</translation>
        </message>
        <message>
            <source>Select a line to see how it was computed.</source>
            <translation>Select a line to see how it was computed.</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>Inputs</translation>
        </message>
        <message>
            <source>Table row</source>
            <translation>Table row</translation>
        </message>
        <message>
            <source>Rounding</source>
            <translation>Rounding</translation>
        </message>
    </context>
    <context>
        <name>CalendarPresenter</name>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>You may look at the working-day calendar but not change it. Holidays and make-up working days are set by office heads.</source>
            <translation>You may look at the working-day calendar but not change it. Holidays and make-up working days are set by office heads.</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <source>Holiday</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <source>Make-up working day</source>
            <translation>Make-up working day</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <source>&amp;Show (F5)</source>
            <translation>&amp;Show (F5)</translation>
        </message>
        <message>
            <source>&lt;span style='color:%1'&gt;■ holiday&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ make-up working day&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;■ weekend&lt;/span&gt;</source>
            <translation>&lt;span style='color:%1'&gt;■ holiday&lt;/span&gt; &amp;nbsp; &lt;span style='color:%2'&gt;■ make-up working day&lt;/span&gt; &amp;nbsp; &lt;span style='color:%3'&gt;■ weekend&lt;/span&gt;</translation>
        </message>
        <message>
            <source>Click a day to make it a holiday, a make-up working day or a normal day. Deadlines of open work keep their dates; work opened afterwards follows the new calendar.</source>
            <translation>Click a day to make it a holiday, a make-up working day or a normal day. Deadlines of open work keep their dates; work opened afterwards follows the new calendar.</translation>
        </message>
        <message>
            <source>The working-day calendar, as the deadlines count it. Only people allowed to edit the calendar may change it.</source>
            <translation>The working-day calendar, as the deadlines count it. Only people allowed to edit the calendar may change it.</translation>
        </message>
        <message>
            <source>Holidays and make-up working days</source>
            <translation>Holidays and make-up working days</translation>
        </message>
        <message>
            <source>%1 · %2 working days</source>
            <translation>%1 · %2 working days</translation>
        </message>
        <message>
            <source>%1 working days in %2</source>
            <translation>%1 working days in %2</translation>
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <source>Cancel the ticket</source>
            <translation>Cancel the ticket</translation>
        </message>
        <message>
            <source>A duplicate or false report: the ticket and its reports end without a commitment verdict.</source>
            <translation>A duplicate or false report: the ticket and its reports end without a commitment verdict.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
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
        <name>CloseDialog</name>
        <message>
            <source>Close the ticket</source>
            <translation>Close the ticket</translation>
        </message>
        <message>
            <source>Record what caused the fault and what was done.</source>
            <translation>Record what caused the fault and what was done.</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>ClosePresenter</name>
        <message>
            <source>Cash close report</source>
            <translation>Cash close report</translation>
        </message>
    </context>
    <context>
        <name>CloseView</name>
        <message>
            <source>Business &amp;date:</source>
            <translation>Business &amp;date:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>My till</source>
            <translation>My till</translation>
        </message>
        <message>
            <source>All tills of my offices</source>
            <translation>All tills of my offices</translation>
        </message>
        <message>
            <source>&amp;Cash counted:</source>
            <translation>&amp;Cash counted:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>Close &amp;till…</source>
            <translation>Close &amp;till…</translation>
        </message>
        <message>
            <source>&amp;Print day report</source>
            <translation>&amp;Print day report</translation>
        </message>
        <message>
            <source>Print selected &amp;close</source>
            <translation>Print selected &amp;close</translation>
        </message>
        <message>
            <source>the cash in the drawer, e.g. 1520.00</source>
            <translation>the cash in the drawer, e.g. 1520.00</translation>
        </message>
        <message>
            <source>%1 payments, %2 reversals, net %3. Cash expected in the till: %4.</source>
            <translation>%1 payments, %2 reversals, net %3. Cash expected in the till: %4.</translation>
        </message>
        <message>
            <source>Closed: counted %1, difference %2.</source>
            <translation>Closed: counted %1, difference %2.</translation>
        </message>
        <message>
            <source>Enter the cash counted as a number like 1520.00.</source>
            <translation>Enter the cash counted as a number like 1520.00.</translation>
        </message>
        <message>
            <source>Close till</source>
            <translation>Close till</translation>
        </message>
        <message>
            <source>Close your till for %1 with %2 counted (expected %3)? A close is final: no more payments today.</source>
            <translation>Close your till for %1 with %2 counted (expected %3)? A close is final: no more payments today.</translation>
        </message>
    </context>
    <context>
        <name>CollectionColumns</name>
        <message>
            <source>Account no.</source>
            <translation>Account no.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Penalty</translation>
        </message>
        <message>
            <source>Total owed</source>
            <translation>Total owed</translation>
        </message>
        <message>
            <source>Oldest due</source>
            <translation>Oldest due</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>Reminded</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Notice</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Debt</source>
            <translation>Debt</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Penalty due</source>
            <translation>Penalty due</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Posted</translation>
        </message>
        <message>
            <source>How it was computed</source>
            <translation>How it was computed</translation>
        </message>
        <message>
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>Bank</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Lines</translation>
        </message>
        <message>
            <source>Amount asked</source>
            <translation>Amount asked</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Paid amount</source>
            <translation>Paid amount</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>Balanced</source>
            <translation>Balanced</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Reason code</source>
            <translation>Reason code</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>Bank account</translation>
        </message>
        <message>
            <source>Account holder</source>
            <translation>Account holder</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>CollectionLabels</name>
        <message>
            <source>Reminder due</source>
            <translation>Reminder due</translation>
        </message>
        <message>
            <source>Disconnection notice due</source>
            <translation>Disconnection notice due</translation>
        </message>
        <message>
            <source>Disconnection order due</source>
            <translation>Disconnection order due</translation>
        </message>
        <message>
            <source>Reconnection due</source>
            <translation>Reconnection due</translation>
        </message>
        <message>
            <source>reminders</source>
            <translation>reminders</translation>
        </message>
        <message>
            <source>disconnection notices</source>
            <translation>disconnection notices</translation>
        </message>
        <message>
            <source>disconnection orders</source>
            <translation>disconnection orders</translation>
        </message>
        <message>
            <source>reconnections</source>
            <translation>reconnections</translation>
        </message>
        <message>
            <source>Ordered disconnected</source>
            <translation>Ordered disconnected</translation>
        </message>
        <message>
            <source>Notice running</source>
            <translation>Notice running</translation>
        </message>
        <message>
            <source>Reminded</source>
            <translation>Reminded</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>ComplaintActionDialog</name>
        <message>
            <source>&amp;Satisfaction:</source>
            <translation>&amp;Satisfaction:</translation>
        </message>
        <message>
            <source>&amp;Assign to:</source>
            <translation>&amp;Assign to:</translation>
        </message>
        <message>
            <source>Record contact</source>
            <translation>Record contact</translation>
        </message>
        <message>
            <source>How and when was the customer reached, what was agreed?</source>
            <translation>How and when was the customer reached, what was agreed?</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>The answer given to the customer (the resolution):</source>
            <translation>The answer given to the customer (the resolution):</translation>
        </message>
        <message>
            <source>Pause the clock</source>
            <translation>Pause the clock</translation>
        </message>
        <message>
            <source>What are we waiting for from the customer?</source>
            <translation>What are we waiting for from the customer?</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Callback</translation>
        </message>
        <message>
            <source>The customer was called back: how satisfied are they?</source>
            <translation>The customer was called back: how satisfied are they?</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>A closing note (optional):</source>
            <translation>A closing note (optional):</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Why is this reopened? A new reply is due in 7 working days.</source>
            <translation>Why is this reopened? A new reply is due in 7 working days.</translation>
        </message>
        <message>
            <source>Assign</source>
            <translation>Assign</translation>
        </message>
        <message>
            <source>Who handles this from now on?</source>
            <translation>Who handles this from now on?</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDetailView</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Customer / caller</source>
            <translation>Customer / caller</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Content</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Reply</translation>
        </message>
        <message>
            <source>Callback</source>
            <translation>Callback</translation>
        </message>
        <message>
            <source>Repeat of</source>
            <translation>Repeat of</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source>Record &amp;contact…</source>
            <translation>Record &amp;contact…</translation>
        </message>
        <message>
            <source>Re&amp;ply…</source>
            <translation>Re&amp;ply…</translation>
        </message>
        <message>
            <source>Pa&amp;use…</source>
            <translation>Pa&amp;use…</translation>
        </message>
        <message>
            <source>Resu&amp;me</source>
            <translation>Resu&amp;me</translation>
        </message>
        <message>
            <source>Call&amp;back…</source>
            <translation>Call&amp;back…</translation>
        </message>
        <message>
            <source>C&amp;lose…</source>
            <translation>C&amp;lose…</translation>
        </message>
        <message>
            <source>Re&amp;open…</source>
            <translation>Re&amp;open…</translation>
        </message>
        <message>
            <source>Ass&amp;ign…</source>
            <translation>Ass&amp;ign…</translation>
        </message>
        <message>
            <source>Choose a complaint in the list.</source>
            <translation>Choose a complaint in the list.</translation>
        </message>
        <message>
            <source>Clocks (%1)</source>
            <translation>Clocks (%1)</translation>
        </message>
        <message>
            <source>History (%1)</source>
            <translation>History (%1)</translation>
        </message>
        <message>
            <source>Other complaints of this customer (%1)</source>
            <translation>Other complaints of this customer (%1)</translation>
        </message>
        <message>
            <source>REPEAT</source>
            <translation>REPEAT</translation>
        </message>
        <message>
            <source>%1: %2 left, due %3 (%4)</source>
            <translation>%1: %2 left, due %3 (%4)</translation>
        </message>
        <message>
            <source>No clock is running.</source>
            <translation>No clock is running.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintForm</name>
        <message>
            <source>New complaint, suggestion or praise</source>
            <translation>New complaint, suggestion or praise</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegory:</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>C&amp;ustomer:</translation>
        </message>
        <message>
            <source>Caller's &amp;name:</source>
            <translation>Caller's &amp;name:</translation>
        </message>
        <message>
            <source>Caller's &amp;phone:</source>
            <translation>Caller's &amp;phone:</translation>
        </message>
        <message>
            <source>&amp;Subject:</source>
            <translation>&amp;Subject:</translation>
        </message>
        <message>
            <source>C&amp;ontent:</source>
            <translation>C&amp;ontent:</translation>
        </message>
        <message>
            <source>&amp;Assign to:</source>
            <translation>&amp;Assign to:</translation>
        </message>
        <message>
            <source>Needed when no customer is picked</source>
            <translation>Needed when no customer is picked</translation>
        </message>
        <message>
            <source>Mobile or landline</source>
            <translation>Mobile or landline</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>What the customer said, in their words</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Contact the customer within 1 working day, reply within 7.</source>
            <translation>Contact the customer within 1 working day, reply within 7.</translation>
        </message>
        <message>
            <source>Reply within 7 working days.</source>
            <translation>Reply within 7 working days.</translation>
        </message>
        <message>
            <source>Recorded and passed on; no clock runs.</source>
            <translation>Recorded and passed on; no clock runs.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintListView</name>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegory:</translation>
        </message>
        <message>
            <source>&amp;Open only</source>
            <translation>&amp;Open only</translation>
        </message>
        <message>
            <source>Re&amp;peat only</source>
            <translation>Re&amp;peat only</translation>
        </message>
        <message>
            <source>O&amp;verdue only</source>
            <translation>O&amp;verdue only</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;New…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>%1 of %2 shown</source>
            <translation>%1 of %2 shown</translation>
        </message>
    </context>
    <context>
        <name>ComplaintModels</name>
        <message>
            <source>Repeat</source>
            <translation>Repeat</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Customer / caller</source>
            <translation>Customer / caller</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Call back</source>
            <translation>Call back</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>In time</source>
            <translation>In time</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer given</source>
            <translation>Answer given</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
    </context>
    <context>
        <name>ComplaintPages</name>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Consultations</source>
            <translation>Consultations</translation>
        </message>
    </context>
    <context>
        <name>CompleteStageDialog</name>
        <message>
            <source>Complete stage</source>
            <translation>Complete stage</translation>
        </message>
        <message>
            <source>Complete “%1”, the last stage: the application is completed and its effect applied to the customer file.</source>
            <translation>Complete “%1”, the last stage: the application is completed and its effect applied to the customer file.</translation>
        </message>
        <message>
            <source>Complete “%1” and pass the application on to “%2”.</source>
            <translation>Complete “%1” and pass the application on to “%2”.</translation>
        </message>
        <message>
            <source>Complete “%1” and choose the next stage.</source>
            <translation>Complete “%1” and choose the next stage.</translation>
        </message>
        <message>
            <source>&amp;Next stage:</source>
            <translation>&amp;Next stage:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>&amp;Complete stage</source>
            <translation>&amp;Complete stage</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Please fill in: %1</translation>
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
        <name>ConsultationForm</name>
        <message>
            <source>Log a consultation</source>
            <translation>Log a consultation</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>C&amp;hannel:</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>C&amp;ustomer:</translation>
        </message>
        <message>
            <source>Caller's &amp;name:</source>
            <translation>Caller's &amp;name:</translation>
        </message>
        <message>
            <source>Caller's &amp;phone:</source>
            <translation>Caller's &amp;phone:</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Question:</translation>
        </message>
        <message>
            <source>&amp;Answer given:</source>
            <translation>&amp;Answer given:</translation>
        </message>
        <message>
            <source>&amp;Duration (min):</source>
            <translation>&amp;Duration (min):</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>&amp;Save  (Ctrl+Enter)</source>
            <translation>&amp;Save  (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>under a minute</translation>
        </message>
    </context>
    <context>
        <name>ConsultationsPage</name>
        <message>
            <source>D&amp;ay:</source>
            <translation>D&amp;ay:</translation>
        </message>
        <message>
            <source>T&amp;opic:</source>
            <translation>T&amp;opic:</translation>
        </message>
        <message>
            <source>&amp;Mine only</source>
            <translation>&amp;Mine only</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Reload</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>%1 consultations: %2</source>
            <translation>%1 consultations: %2</translation>
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
        <name>CorrectTimeDialog</name>
        <message>
            <source>Correct a recorded time</source>
            <translation>Correct a recorded time</translation>
        </message>
        <message>
            <source>The correction is kept in the timeline and the audit log; the commitment clocks follow it.</source>
            <translation>The correction is kept in the timeline and the audit log; the commitment clocks follow it.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Correct time</source>
            <translation>Correct time</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>Crew arrived</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>Supply restored</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Billed</translation>
        </message>
        <message>
            <source>Corrected</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Correction of bill %1 (%2)</source>
            <translation>Correction of bill %1 (%2)</translation>
        </message>
        <message>
            <source>Rebill with corrected readings</source>
            <translation>Rebill with corrected readings</translation>
        </message>
        <message>
            <source>Back-billing: energy not billed</source>
            <translation>Back-billing: energy not billed</translation>
        </message>
        <message>
            <source>Refund: energy billed too much</source>
            <translation>Refund: energy billed too much</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>reading: previous → current</source>
            <translation>reading: previous → current</translation>
        </message>
        <message>
            <source>energy (kWh)</source>
            <translation>energy (kWh)</translation>
        </message>
        <message>
            <source>Energy to add or refund (kWh)</source>
            <translation>Energy to add or refund (kWh)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Show &amp;difference</source>
            <translation>Show &amp;difference</translation>
        </message>
        <message>
            <source>&amp;Submit for approval</source>
            <translation>&amp;Submit for approval</translation>
        </message>
        <message>
            <source>Billed %1 → corrected %2: difference %3 yuan</source>
            <translation>Billed %1 → corrected %2: difference %3 yuan</translation>
        </message>
        <message>
            <source>Meter misread</source>
            <translation>Meter misread</translation>
        </message>
    </context>
    <context>
        <name>CorrectionsPage</name>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>&amp;Open bill</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <source>%1 requests</source>
            <translation>%1 requests</translation>
        </message>
        <message>
            <source>Approve correction</source>
            <translation>Approve correction</translation>
        </message>
        <message>
            <source>Post the difference of %1 yuan to the customer's account?</source>
            <translation>Post the difference of %1 yuan to the customer's account?</translation>
        </message>
        <message>
            <source>Reject correction</source>
            <translation>Reject correction</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>CounterLabels</name>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Bank card</source>
            <translation>Bank card</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>Mobile payment</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Bank withholding</source>
            <translation>Bank withholding</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Electricity bill</source>
            <translation>Electricity bill</translation>
        </message>
        <message>
            <source>Late-payment penalty</source>
            <translation>Late-payment penalty</translation>
        </message>
        <message>
            <source>Refund</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Adjustment</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Reversed payment</source>
            <translation>Reversed payment</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Posted</translation>
        </message>
        <message>
            <source>Reversal requested</source>
            <translation>Reversal requested</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Reversed</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Not closed</source>
            <translation>Not closed</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Bank agent</source>
            <translation>Bank agent</translation>
        </message>
        <message>
            <source>Collection visit</source>
            <translation>Collection visit</translation>
        </message>
        <message>
            <source>Prepay</source>
            <translation>Prepay</translation>
        </message>
    </context>
    <context>
        <name>CounterModels</name>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Penalty today</source>
            <translation>Penalty today</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>Receipt no.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Tender</source>
            <translation>Tender</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Requested by</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Reversals</source>
            <translation>Reversals</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>Reversed</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Hall</source>
            <translation>Hall</translation>
        </message>
        <message>
            <source>Expected cash</source>
            <translation>Expected cash</translation>
        </message>
        <message>
            <source>Counted</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Closed at</source>
            <translation>Closed at</translation>
        </message>
    </context>
    <context>
        <name>CounterPresenter</name>
        <message>
            <source>Receipt %1: %2 taken.</source>
            <translation>Receipt %1: %2 taken.</translation>
        </message>
        <message>
            <source>Change: %1</source>
            <translation>Change: %1</translation>
        </message>
        <message>
            <source>Receipt (copy)</source>
            <translation>Receipt (copy)</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Reversal of receipt %1 requested; it waits for a second person's approval.</source>
            <translation>Reversal of receipt %1 requested; it waits for a second person's approval.</translation>
        </message>
    </context>
    <context>
        <name>CounterView</name>
        <message>
            <source>Owes</source>
            <translation>Owes</translation>
        </message>
        <message>
            <source>Prepaid</source>
            <translation>Prepaid</translation>
        </message>
        <message>
            <source>Penalty today</source>
            <translation>Penalty today</translation>
        </message>
        <message>
            <source>Total due</source>
            <translation>Total due</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;Tender:</source>
            <translation>&amp;Tender:</translation>
        </message>
        <message>
            <source>Cash &amp;tendered:</source>
            <translation>Cash &amp;tendered:</translation>
        </message>
        <message>
            <source>Change:</source>
            <translation>Change:</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>R&amp;eference:</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>Take payment</translation>
        </message>
        <message>
            <source>&amp;Post payment (Enter)</source>
            <translation>&amp;Post payment (Enter)</translation>
        </message>
        <message>
            <source>Re&amp;print receipt</source>
            <translation>Re&amp;print receipt</translation>
        </message>
        <message>
            <source>Request re&amp;versal…</source>
            <translation>Request re&amp;versal…</translation>
        </message>
        <message>
            <source>Open debts, oldest first</source>
            <translation>Open debts, oldest first</translation>
        </message>
        <message>
            <source>Last payments</source>
            <translation>Last payments</translation>
        </message>
        <message>
            <source>e.g. 120.50</source>
            <translation>e.g. 120.50</translation>
        </message>
        <message>
            <source>Cheque or transfer number</source>
            <translation>Cheque or transfer number</translation>
        </message>
        <message>
            <source>Your till is closed for today.</source>
            <translation>Your till is closed for today.</translation>
        </message>
        <message>
            <source>Find a customer on the left (Ctrl+F), then press Enter.</source>
            <translation>Find a customer on the left (Ctrl+F), then press Enter.</translation>
        </message>
        <message>
            <source>not enough cash</source>
            <translation>not enough cash</translation>
        </message>
        <message>
            <source>Enter the amount as a number like 120.50.</source>
            <translation>Enter the amount as a number like 120.50.</translation>
        </message>
        <message>
            <source>The cash tendered does not cover the amount.</source>
            <translation>The cash tendered does not cover the amount.</translation>
        </message>
    </context>
    <context>
        <name>CrewsPage</name>
        <message>
            <source>Crew name</source>
            <translation>Crew name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>Area served</translation>
        </message>
        <message>
            <source>Active (can be dispatched)</source>
            <translation>Active (can be dispatched)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>New crew</source>
            <translation>New crew</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Edit %1</translation>
        </message>
    </context>
    <context>
        <name>CustomerChoiceDialog</name>
        <message>
            <source>Choose the customer</source>
            <translation>Choose the customer</translation>
        </message>
        <message>
            <source>Several customers match; choose one.</source>
            <translation>Several customers match; choose one.</translation>
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
            <source>&amp;Print statement…</source>
            <translation>&amp;Print statement…</translation>
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
        <name>CustomerPicker</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
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
            <source>Account, name, phone or meter — Enter to find</source>
            <translation>Account, name, phone or meter — Enter to find</translation>
        </message>
        <message>
            <source>Find…</source>
            <translation>Find…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>No customer chosen</source>
            <translation>No customer chosen</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No customer matches “%1”.</source>
            <translation>No customer matches “%1”.</translation>
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
        <name>DashboardPresenter</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Computing the figures…</source>
            <translation>Computing the figures…</translation>
        </message>
        <message>
            <source>Open work</source>
            <translation>Open work</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>%1 items saved to %2</source>
            <translation>%1 items saved to %2</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <source>%1 %2 cannot be opened here: you have no page for this kind of record.</source>
            <translation>%1 %2 cannot be opened here: you have no page for this kind of record.</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>Near breach</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>Predicted late</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>&amp;Office:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Show (F5)</source>
            <translation>&amp;Show (F5)</translation>
        </message>
        <message>
            <source>Open work now</source>
            <translation>Open work now</translation>
        </message>
        <message>
            <source>Pending and overdue by stage</source>
            <translation>Pending and overdue by stage</translation>
        </message>
        <message>
            <source>SLA achievement per type</source>
            <translation>SLA achievement per type</translation>
        </message>
        <message>
            <source>Throughput per person</source>
            <translation>Throughput per person</translation>
        </message>
        <message>
            <source>Opened and finished per day</source>
            <translation>Opened and finished per day</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Save the items listed here as an Excel workbook or a CSV file</source>
            <translation>Save the items listed here as an Excel workbook or a CSV file</translation>
        </message>
        <message>
            <source>All my offices</source>
            <translation>All my offices</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>As of %1</translation>
        </message>
        <message>
            <source>%1 — %2 of %3 shown; export for all</source>
            <translation>%1 — %2 of %3 shown; export for all</translation>
        </message>
        <message>
            <source>%1 — %2 items</source>
            <translation>%1 — %2 items</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Lowest on-time rates, per type (%)</source>
            <translation>Lowest on-time rates, per type (%)</translation>
        </message>
        <message>
            <source>Items per day</source>
            <translation>Items per day</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Open work: %1</source>
            <translation>Open work: %1</translation>
        </message>
        <message>
            <source>Open work: overdue, the escalated ones in bold</source>
            <translation>Open work: overdue, the escalated ones in bold</translation>
        </message>
        <message>
            <source>Open: %1 · %2</source>
            <translation>Open: %1 · %2</translation>
        </message>
        <message>
            <source>Finished: %1</source>
            <translation>Finished: %1</translation>
        </message>
        <message>
            <source>Finished by %1</source>
            <translation>Finished by %1</translation>
        </message>
        <message>
            <source>Export the items</source>
            <translation>Export the items</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>work-items</source>
            <translation>work-items</translation>
        </message>
    </context>
    <context>
        <name>DayDialog</name>
        <message>
            <source>Calendar day</source>
            <translation>Calendar day</translation>
        </message>
        <message>
            <source>&amp;Holiday (no work)</source>
            <translation>&amp;Holiday (no work)</translation>
        </message>
        <message>
            <source>&amp;Make-up working day</source>
            <translation>&amp;Make-up working day</translation>
        </message>
        <message>
            <source>&amp;Normal: a weekend day off</source>
            <translation>&amp;Normal: a weekend day off</translation>
        </message>
        <message>
            <source>&amp;Normal: a working weekday</source>
            <translation>&amp;Normal: a working weekday</translation>
        </message>
        <message>
            <source>N&amp;ame (e.g. National Day):</source>
            <translation>N&amp;ame (e.g. National Day):</translation>
        </message>
    </context>
    <context>
        <name>DecisionDialog</name>
        <message>
            <source>Approve the reading</source>
            <translation>Approve the reading</translation>
        </message>
        <message>
            <source>Correct the reading</source>
            <translation>Correct the reading</translation>
        </message>
        <message>
            <source>Estimate from history</source>
            <translation>Estimate from history</translation>
        </message>
        <message>
            <source>Send for re-read</source>
            <translation>Send for re-read</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Why (kept in the audit trail)</source>
            <translation>Why (kept in the audit trail)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>DetailPresenter</name>
        <message>
            <source>%1 The application has been loaded again: please check it and repeat your action if it is still needed.</source>
            <translation>%1 The application has been loaded again: please check it and repeat your action if it is still needed.</translation>
        </message>
        <message>
            <source>Application changed</source>
            <translation>Application changed</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Dispatch a crew</source>
            <translation>Dispatch a crew</translation>
        </message>
        <message>
            <source>Ticket %1: %2</source>
            <translation>Ticket %1: %2</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Crew</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
    </context>
    <context>
        <name>EntryView</name>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Book:</source>
            <translation>Book:</translation>
        </message>
        <message>
            <source>Save readings</source>
            <translation>Save readings</translation>
        </message>
        <message>
            <source>Save every typed reading (Ctrl+S); each gets its verdict in the Result column</source>
            <translation>Save every typed reading (Ctrl+S); each gets its verdict in the Result column</translation>
        </message>
        <message>
            <source>Typed: %1</source>
            <translation>Typed: %1</translation>
        </message>
        <message>
            <source>outside the expected range: %1</source>
            <translation>outside the expected range: %1</translation>
        </message>
        <message>
            <source>not a number: %1</source>
            <translation>not a number: %1</translation>
        </message>
        <message>
            <source>Saved: %1 valid, %2 flagged for the supervisor, %3 refused</source>
            <translation>Saved: %1 valid, %2 flagged for the supervisor, %3 refused</translation>
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
        <name>ExceptionsView</name>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Correct…</source>
            <translation>Correct…</translation>
        </message>
        <message>
            <source>Estimate</source>
            <translation>Estimate</translation>
        </message>
        <message>
            <source>Send for re-read</source>
            <translation>Send for re-read</translation>
        </message>
        <message>
            <source>Meter change…</source>
            <translation>Meter change…</translation>
        </message>
        <message>
            <source>Waiting: %1</source>
            <translation>Waiting: %1</translation>
        </message>
        <message>
            <source>%1 yuan at risk</source>
            <translation>%1 yuan at risk</translation>
        </message>
    </context>
    <context>
        <name>FaultPages</name>
        <message>
            <source>Fault repair</source>
            <translation>Fault repair</translation>
        </message>
        <message>
            <source>Repair crews</source>
            <translation>Repair crews</translation>
        </message>
    </context>
    <context>
        <name>FaultPresenter</name>
        <message>
            <source>Crew arrived</source>
            <translation>Crew arrived</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>Supply restored</translation>
        </message>
        <message>
            <source>Ticket %1: when did it happen?</source>
            <translation>Ticket %1: when did it happen?</translation>
        </message>
    </context>
    <context>
        <name>FaultRepairPage</name>
        <message>
            <source>Open tickets</source>
            <translation>Open tickets</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>All tickets</source>
            <translation>All tickets</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>All areas</translation>
        </message>
        <message>
            <source>Ticket place or transformer area (Ctrl+F)</source>
            <translation>Ticket place or transformer area (Ctrl+F)</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <source>New report (Ctrl+N)</source>
            <translation>New report (Ctrl+N)</translation>
        </message>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>%1 %2/%3 min</source>
            <translation>%1 %2/%3 min</translation>
        </message>
        <message>
            <source>As of %1 · refreshed every 30 s · arrival/restoration: %2</source>
            <translation>As of %1 · refreshed every 30 s · arrival/restoration: %2</translation>
        </message>
    </context>
    <context>
        <name>FaultTerms</name>
        <message>
            <source>Ticket</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>First report</source>
            <translation>First report</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>Transformer area</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Urban</source>
            <translation>Urban</translation>
        </message>
        <message>
            <source>Rural</source>
            <translation>Rural</translation>
        </message>
        <message>
            <source>Remote</source>
            <translation>Remote</translation>
        </message>
        <message>
            <source>No power</source>
            <translation>No power</translation>
        </message>
        <message>
            <source>Partial power</source>
            <translation>Partial power</translation>
        </message>
        <message>
            <source>Voltage quality</source>
            <translation>Voltage quality</translation>
        </message>
        <message>
            <source>Dangerous situation</source>
            <translation>Dangerous situation</translation>
        </message>
        <message>
            <source>Meter fault</source>
            <translation>Meter fault</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Waiting for dispatch</source>
            <translation>Waiting for dispatch</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Crew on site</source>
            <translation>Crew on site</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Arrival</translation>
        </message>
        <message>
            <source>Restoration</source>
            <translation>Restoration</translation>
        </message>
        <message>
            <source>Breached</source>
            <translation>Breached</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>Near breach</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>Predicted late</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Ticket opened</source>
            <translation>Ticket opened</translation>
        </message>
        <message>
            <source>Report joined</source>
            <translation>Report joined</translation>
        </message>
        <message>
            <source>Crew dispatched</source>
            <translation>Crew dispatched</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>Crew arrived</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>Supply restored</translation>
        </message>
        <message>
            <source>Ticket closed</source>
            <translation>Ticket closed</translation>
        </message>
        <message>
            <source>Report moved in</source>
            <translation>Report moved in</translation>
        </message>
        <message>
            <source>Report moved out</source>
            <translation>Report moved out</translation>
        </message>
        <message>
            <source>Ticket merged in</source>
            <translation>Ticket merged in</translation>
        </message>
        <message>
            <source>Ticket cancelled</source>
            <translation>Ticket cancelled</translation>
        </message>
        <message>
            <source>Time corrected</source>
            <translation>Time corrected</translation>
        </message>
        <message>
            <source>Duplicate report</source>
            <translation>Duplicate report</translation>
        </message>
        <message>
            <source>False report</source>
            <translation>False report</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>overdue %1</source>
            <translation>overdue %1</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Clock</source>
            <translation>Clock</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Crew</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Reported at</source>
            <translation>Reported at</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Fault type</source>
            <translation>Fault type</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Kept</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Area served</source>
            <translation>Area served</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>FaultTour</name>
        <message>
            <source>The whole building has no power, the stairway lights are out too</source>
            <translation>The whole building has no power, the stairway lights are out too</translation>
        </message>
        <message>
            <source>A wire is down on the pavement, sparks at the pole</source>
            <translation>A wire is down on the pavement, sparks at the pole</translation>
        </message>
    </context>
    <context>
        <name>FilePresenter</name>
        <message>
            <source>Customer statement</source>
            <translation>Customer statement</translation>
        </message>
        <message>
            <source>Customer statement %1 to %2</source>
            <translation>Customer statement %1 to %2</translation>
        </message>
        <message>
            <source>Printed and handed over</source>
            <translation>Printed and handed over</translation>
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
        <name>ImageDialog</name>
        <message>
            <source>&amp;Fit to window</source>
            <translation>&amp;Fit to window</translation>
        </message>
        <message>
            <source>This image cannot be shown.</source>
            <translation>This image cannot be shown.</translation>
        </message>
    </context>
    <context>
        <name>ImportPage</name>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>The file is too large.</source>
            <translation>The file is too large.</translation>
        </message>
        <message>
            <source>The file cannot be read as UTF-8 text.</source>
            <translation>The file cannot be read as UTF-8 text.</translation>
        </message>
    </context>
    <context>
        <name>ImportView</name>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Choose CSV file…</source>
            <translation>Choose CSV file…</translation>
        </message>
        <message>
            <source>One line per meter: meter_serial, read_date, total, peak, flat, valley, critical_peak, deep_valley, reactive, max_demand (UTF-8, header line first, decimal point, empty = not read).</source>
            <translation>One line per meter: meter_serial, read_date, total, peak, flat, valley, critical_peak, deep_valley, reactive, max_demand (UTF-8, header line first, decimal point, empty = not read).</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>Flagged for the supervisor</source>
            <translation>Flagged for the supervisor</translation>
        </message>
        <message>
            <source>Rejected lines</source>
            <translation>Rejected lines</translation>
        </message>
        <message>
            <source>Reading file</source>
            <translation>Reading file</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>%1 of %2 lines accepted</source>
            <translation>%1 of %2 lines accepted</translation>
        </message>
        <message>
            <source>Rejected lines: %1</source>
            <translation>Rejected lines: %1</translation>
        </message>
        <message>
            <source>the first %1 are listed</source>
            <translation>the first %1 are listed</translation>
        </message>
    </context>
    <context>
        <name>IntakeForm</name>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>Transformer area</translation>
        </message>
        <message>
            <source>Area class</source>
            <translation>Area class</translation>
        </message>
        <message>
            <source>Fault type</source>
            <translation>Fault type</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Caller</source>
            <translation>Caller</translation>
        </message>
        <message>
            <source>Caller's phone</source>
            <translation>Caller's phone</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Street and number, when no customer</source>
            <translation>Street and number, when no customer</translation>
        </message>
        <message>
            <source>Area code, e.g. TA040012</source>
            <translation>Area code, e.g. TA040012</translation>
        </message>
        <message>
            <source>What the caller sees</source>
            <translation>What the caller sees</translation>
        </message>
        <message>
            <source>Record report (Ctrl+Enter)</source>
            <translation>Record report (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Same outage?</source>
            <translation>Same outage?</translation>
        </message>
        <message>
            <source>Active tickets of the same transformer area or address: join one (the commitment runs from its first report) or open a new ticket.</source>
            <translation>Active tickets of the same transformer area or address: join one (the commitment runs from its first report) or open a new ticket.</translation>
        </message>
        <message>
            <source>Join selected ticket</source>
            <translation>Join selected ticket</translation>
        </message>
        <message>
            <source>Open a new ticket</source>
            <translation>Open a new ticket</translation>
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
            <source>Meter reading</source>
            <translation>Meter reading</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Billing</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collection</translation>
        </message>
        <message>
            <source>Service hall</source>
            <translation>Service hall</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Work platform</source>
            <translation>Work platform</translation>
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
        <name>MergeDialog</name>
        <message>
            <source>Merge into another ticket</source>
            <translation>Merge into another ticket</translation>
        </message>
        <message>
            <source>The reports of %1 join the chosen ticket (one outage); %1 is cancelled as merged. The commitment runs from the earlier ticket's first report.</source>
            <translation>The reports of %1 join the chosen ticket (one outage); %1 is cancelled as merged. The commitment runs from the earlier ticket's first report.</translation>
        </message>
        <message>
            <source>Into ticket</source>
            <translation>Into ticket</translation>
        </message>
    </context>
    <context>
        <name>MeterChangeDialog</name>
        <message>
            <source>Meter change</source>
            <translation>Meter change</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Old meter</source>
            <translation>Old meter</translation>
        </message>
        <message>
            <source>Change date</source>
            <translation>Change date</translation>
        </message>
        <message>
            <source>Old meter final reading</source>
            <translation>Old meter final reading</translation>
        </message>
        <message>
            <source>New meter serial</source>
            <translation>New meter serial</translation>
        </message>
        <message>
            <source>Integer digits</source>
            <translation>Integer digits</translation>
        </message>
        <message>
            <source>New meter initial reading</source>
            <translation>New meter initial reading</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>MeteringColumns</name>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Reading day</source>
            <translation>Reading day</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>Reader</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Planned on</source>
            <translation>Planned on</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Read</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Flagged</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <source>Route</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Seq.</source>
            <translation>Seq.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
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
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>Multiplier</translation>
        </message>
        <message>
            <source>Last reading</source>
            <translation>Last reading</translation>
        </message>
        <message>
            <source>Expected range</source>
            <translation>Expected range</translation>
        </message>
        <message>
            <source>This reading</source>
            <translation>This reading</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Money at risk (yuan)</source>
            <translation>Money at risk (yuan)</translation>
        </message>
        <message>
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <source>Last total</source>
            <translation>Last total</translation>
        </message>
        <message>
            <source>Read total</source>
            <translation>Read total</translation>
        </message>
        <message>
            <source>Consumption (kWh)</source>
            <translation>Consumption (kWh)</translation>
        </message>
        <message>
            <source>Expected (kWh)</source>
            <translation>Expected (kWh)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Readings</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
    </context>
    <context>
        <name>MeteringEntry</name>
        <message>
            <source>Seq.</source>
            <translation>Seq.</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Meter</source>
            <translation>Meter</translation>
        </message>
        <message>
            <source>Last total</source>
            <translation>Last total</translation>
        </message>
        <message>
            <source>Expected range</source>
            <translation>Expected range</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Outside the expected range for this read</source>
            <translation>Outside the expected range for this read</translation>
        </message>
        <message>
            <source>Type a number with at most two decimals</source>
            <translation>Type a number with at most two decimals</translation>
        </message>
    </context>
    <context>
        <name>MeteringPages</name>
        <message>
            <source>Reading books</source>
            <translation>Reading books</translation>
        </message>
        <message>
            <source>Reading entry</source>
            <translation>Reading entry</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Exceptions</source>
            <translation>Exceptions</translation>
        </message>
    </context>
    <context>
        <name>MeteringTerms</name>
        <message>
            <source>Lower than last reading</source>
            <translation>Lower than last reading</translation>
        </message>
        <message>
            <source>Register rolled over</source>
            <translation>Register rolled over</translation>
        </message>
        <message>
            <source>No previous reading</source>
            <translation>No previous reading</translation>
        </message>
        <message>
            <source>Zero consumption</source>
            <translation>Zero consumption</translation>
        </message>
        <message>
            <source>Far above history</source>
            <translation>Far above history</translation>
        </message>
        <message>
            <source>Far below history</source>
            <translation>Far below history</translation>
        </message>
        <message>
            <source>TOU registers do not add up</source>
            <translation>TOU registers do not add up</translation>
        </message>
        <message>
            <source>Meter replaced this period</source>
            <translation>Meter replaced this period</translation>
        </message>
        <message>
            <source>Missing reading</source>
            <translation>Missing reading</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Flagged</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Estimated</source>
            <translation>Estimated</translation>
        </message>
        <message>
            <source>Sent for re-read</source>
            <translation>Sent for re-read</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>Superseded</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>No plan</source>
            <translation>No plan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Validated</source>
            <translation>Validated</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Billing</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Billed</translation>
        </message>
        <message>
            <source>Header is not the documented one</source>
            <translation>Header is not the documented one</translation>
        </message>
        <message>
            <source>Wrong number of columns</source>
            <translation>Wrong number of columns</translation>
        </message>
        <message>
            <source>Bad meter serial</source>
            <translation>Bad meter serial</translation>
        </message>
        <message>
            <source>Bad or out-of-window date</source>
            <translation>Bad or out-of-window date</translation>
        </message>
        <message>
            <source>Total is missing</source>
            <translation>Total is missing</translation>
        </message>
        <message>
            <source>Bad number</source>
            <translation>Bad number</translation>
        </message>
        <message>
            <source>Bad format</source>
            <translation>Bad format</translation>
        </message>
        <message>
            <source>Unknown meter</source>
            <translation>Unknown meter</translation>
        </message>
        <message>
            <source>Meter twice in the file</source>
            <translation>Meter twice in the file</translation>
        </message>
        <message>
            <source>No reading plan for the period</source>
            <translation>No reading plan for the period</translation>
        </message>
        <message>
            <source>Plan already billed</source>
            <translation>Plan already billed</translation>
        </message>
        <message>
            <source>Meter removed</source>
            <translation>Meter removed</translation>
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
            <source>Critical peak</source>
            <translation>Critical peak</translation>
        </message>
        <message>
            <source>Deep valley</source>
            <translation>Deep valley</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>Reactive</translation>
        </message>
        <message>
            <source>Max demand</source>
            <translation>Max demand</translation>
        </message>
        <message>
            <source>(estimated)</source>
            <translation>(estimated)</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportPresenter</name>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>Computing the figures…</source>
            <translation>Computing the figures…</translation>
        </message>
        <message>
            <source>Printing the report…</source>
            <translation>Printing the report…</translation>
        </message>
        <message>
            <source>Monthly revenue and collection report</source>
            <translation>Monthly revenue and collection report</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReportView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Unit:</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>P&amp;rint PDF…</source>
            <translation>P&amp;rint PDF…</translation>
        </message>
        <message>
            <source>The printed monthly report (Ctrl+P)</source>
            <translation>The printed monthly report (Ctrl+P)</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>Billing</translation>
        </message>
        <message>
            <source>Collection</source>
            <translation>Collection</translation>
        </message>
        <message>
            <source>Arrears ageing</source>
            <translation>Arrears ageing</translation>
        </message>
        <message>
            <source>Top arrears</source>
            <translation>Top arrears</translation>
        </message>
        <message>
            <source>{unit} · period {period}</source>
            <translation>{unit} · period {period}</translation>
        </message>
        <message>
            <source>Overdue arrears by age (yuan)</source>
            <translation>Overdue arrears by age (yuan)</translation>
        </message>
    </context>
    <context>
        <name>MoveReportDialog</name>
        <message>
            <source>Move a report</source>
            <translation>Move a report</translation>
        </message>
        <message>
            <source>Report %1 moves to the chosen ticket; a ticket left without reports is cancelled as merged.</source>
            <translation>Report %1 moves to the chosen ticket; a ticket left without reports is cancelled as merged.</translation>
        </message>
        <message>
            <source>To ticket</source>
            <translation>To ticket</translation>
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
        <name>PaymentsPages</name>
        <message>
            <source>Arrears</source>
            <translation>Arrears</translation>
        </message>
        <message>
            <source>Bank files</source>
            <translation>Bank files</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Reversal approvals</source>
            <translation>Reversal approvals</translation>
        </message>
        <message>
            <source>Cash close</source>
            <translation>Cash close</translation>
        </message>
    </context>
    <context>
        <name>PdfDialog</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Save as…</translation>
        </message>
        <message>
            <source>Save PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PenaltyDialog</name>
        <message>
            <source>Penalty of {account}</source>
            <translation>Penalty of {account}</translation>
        </message>
        <message>
            <source>Penalty due up to {day} for each overdue bill:</source>
            <translation>Penalty due up to {day} for each overdue bill:</translation>
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
        <name>ReasonDialog</name>
        <message>
            <source>Request reversal</source>
            <translation>Request reversal</translation>
        </message>
        <message>
            <source>Reverse the payment with receipt %1? A second person must approve it.</source>
            <translation>Reverse the payment with receipt %1? A second person must approve it.</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Suspend application</source>
            <translation>Suspend application</translation>
        </message>
        <message>
            <source>The clock of %1 stops while the customer is awaited.</source>
            <translation>The clock of %1 stops while the customer is awaited.</translation>
        </message>
        <message>
            <source>&amp;Suspend</source>
            <translation>&amp;Suspend</translation>
        </message>
        <message>
            <source>Resume application</source>
            <translation>Resume application</translation>
        </message>
        <message>
            <source>The clock of %1 runs again from where it stopped.</source>
            <translation>The clock of %1 runs again from where it stopped.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>Terminate application</source>
            <translation>Terminate application</translation>
        </message>
        <message>
            <source>%1 ends for good: its open work is cancelled and it cannot be resumed.</source>
            <translation>%1 ends for good: its open work is cancelled and it cannot be resumed.</translation>
        </message>
        <message>
            <source>&amp;Terminate</source>
            <translation>&amp;Terminate</translation>
        </message>
        <message>
            <source>&amp;Yes, terminate this application</source>
            <translation>&amp;Yes, terminate this application</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>Please give the reason.</translation>
        </message>
    </context>
    <context>
        <name>RegisterDialog</name>
        <message>
            <source>New application</source>
            <translation>New application</translation>
        </message>
        <message>
            <source>Business &amp;type:</source>
            <translation>Business &amp;type:</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>C&amp;ustomer:</translation>
        </message>
        <message>
            <source>N&amp;ote:</source>
            <translation>N&amp;ote:</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>No business type is available.</source>
            <translation>No business type is available.</translation>
        </message>
        <message>
            <source>Whole process within %1 working days, %2 stages.</source>
            <translation>Whole process within %1 working days, %2 stages.</translation>
        </message>
        <message>
            <source>Documents: %1.</source>
            <translation>Documents: %1.</translation>
        </message>
        <message>
            <source>Acts on an existing customer: find the customer first.</source>
            <translation>Acts on an existing customer: find the customer first.</translation>
        </message>
        <message>
            <source>Find and pick the customer first.</source>
            <translation>Find and pick the customer first.</translation>
        </message>
        <message>
            <source>Please fill in: %1</source>
            <translation>Please fill in: %1</translation>
        </message>
    </context>
    <context>
        <name>Registers</name>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>critical peak</source>
            <translation>critical peak</translation>
        </message>
        <message>
            <source>peak</source>
            <translation>peak</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>flat</translation>
        </message>
        <message>
            <source>valley</source>
            <translation>valley</translation>
        </message>
        <message>
            <source>deep valley</source>
            <translation>deep valley</translation>
        </message>
        <message>
            <source>reactive (kvarh)</source>
            <translation>reactive (kvarh)</translation>
        </message>
    </context>
    <context>
        <name>ReportColumns</name>
        <message>
            <source>1–30 days</source>
            <translation>1–30 days</translation>
        </message>
        <message>
            <source>31–60 days</source>
            <translation>31–60 days</translation>
        </message>
        <message>
            <source>61–90 days</source>
            <translation>61–90 days</translation>
        </message>
        <message>
            <source>91–180 days</source>
            <translation>91–180 days</translation>
        </message>
        <message>
            <source>over 180 days</source>
            <translation>over 180 days</translation>
        </message>
        <message>
            <source>Counter</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Collection visit</source>
            <translation>Collection visit</translation>
        </message>
        <message>
            <source>Bank withholding</source>
            <translation>Bank withholding</translation>
        </message>
        <message>
            <source>Bank / agent</source>
            <translation>Bank / agent</translation>
        </message>
        <message>
            <source>Prepayment</source>
            <translation>Prepayment</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>Cheque</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Withholding</source>
            <translation>Withholding</translation>
        </message>
        <message>
            <source>Mobile payment</source>
            <translation>Mobile payment</translation>
        </message>
        <message>
            <source>Class / office</source>
            <translation>Class / office</translation>
        </message>
        <message>
            <source>Bills</source>
            <translation>Bills</translation>
        </message>
        <message>
            <source>Energy (kWh)</source>
            <translation>Energy (kWh)</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
        <message>
            <source>This month (yuan)</source>
            <translation>This month (yuan)</translation>
        </message>
        <message>
            <source>Previous month (yuan)</source>
            <translation>Previous month (yuan)</translation>
        </message>
        <message>
            <source>Same month last year (yuan)</source>
            <translation>Same month last year (yuan)</translation>
        </message>
        <message>
            <source>vs. previous</source>
            <translation>vs. previous</translation>
        </message>
        <message>
            <source>vs. last year</source>
            <translation>vs. last year</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Tender</source>
            <translation>Tender</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>Payments</translation>
        </message>
        <message>
            <source>Billed</source>
            <translation>Billed</translation>
        </message>
        <message>
            <source>Settled</source>
            <translation>Settled</translation>
        </message>
        <message>
            <source>Settlement rate</source>
            <translation>Settlement rate</translation>
        </message>
        <message>
            <source>Receivables due</source>
            <translation>Receivables due</translation>
        </message>
        <message>
            <source>Cash collected</source>
            <translation>Cash collected</translation>
        </message>
        <message>
            <source>Cash collection rate</source>
            <translation>Cash collection rate</translation>
        </message>
        <message>
            <source>Overdue total</source>
            <translation>Overdue total</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Customers</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Overdue (yuan)</source>
            <translation>Overdue (yuan)</translation>
        </message>
        <message>
            <source>Oldest due date</source>
            <translation>Oldest due date</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Bills released</source>
            <translation>Bills released</translation>
        </message>
        <message>
            <source>Billed energy (kWh)</source>
            <translation>Billed energy (kWh)</translation>
        </message>
        <message>
            <source>Billed amount (yuan)</source>
            <translation>Billed amount (yuan)</translation>
        </message>
        <message>
            <source>Cash collected (yuan)</source>
            <translation>Cash collected (yuan)</translation>
        </message>
        <message>
            <source>Customers in arrears</source>
            <translation>Customers in arrears</translation>
        </message>
        <message>
            <source>Overdue arrears (yuan)</source>
            <translation>Overdue arrears (yuan)</translation>
        </message>
        <message>
            <source>Penalties, net (yuan)</source>
            <translation>Penalties, net (yuan)</translation>
        </message>
        <message>
            <source>Corrections, net (yuan)</source>
            <translation>Corrections, net (yuan)</translation>
        </message>
        <message>
            <source>Bills held in review</source>
            <translation>Bills held in review</translation>
        </message>
        <message>
            <source>Report date</source>
            <translation>Report date</translation>
        </message>
    </context>
    <context>
        <name>ReportsPages</name>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return to an earlier stage</source>
            <translation>Return to an earlier stage</translation>
        </message>
        <message>
            <source>&amp;Back to:</source>
            <translation>&amp;Back to:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>&amp;Return</source>
            <translation>&amp;Return</translation>
        </message>
        <message>
            <source>Please give the reason.</source>
            <translation>Please give the reason.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>Re&amp;lease selected</source>
            <translation>Re&amp;lease selected</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <source>&amp;Open bill</source>
            <translation>&amp;Open bill</translation>
        </message>
        <message>
            <source>%1 bills wait for review (largest amount at risk first)</source>
            <translation>%1 bills wait for review (largest amount at risk first)</translation>
        </message>
        <message>
            <source>Reject bill</source>
            <translation>Reject bill</translation>
        </message>
        <message>
            <source>Why is bill %1 void? (the point is billed again by the next run)</source>
            <translation>Why is bill %1 void? (the point is billed again by the next run)</translation>
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
        <name>RunsView</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Start run…</source>
            <translation>&amp;Start run…</translation>
        </message>
        <message>
            <source>Re&amp;start failed run</source>
            <translation>Re&amp;start failed run</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Points not billed:</source>
            <translation>Points not billed:</translation>
        </message>
        <message>
            <source>Choose a reading book.</source>
            <translation>Choose a reading book.</translation>
        </message>
        <message>
            <source>{code} {name}: readings {plan}; not billed yet.</source>
            <translation>{code} {name}: readings {plan}; not billed yet.</translation>
        </message>
        <message>
            <source>Run {status}: {done} of {total} points</source>
            <translation>Run {status}: {done} of {total} points</translation>
        </message>
        <message>
            <source>Run done for {period}.</source>
            <translation>Run done for {period}.</translation>
        </message>
        <message>
            <source>Run failed: {message}</source>
            <translation>Run failed: {message}</translation>
        </message>
        <message>
            <source>Bills: {bills}   released: {released}   held for review: {review}   total: {total} yuan   points not billed: {errors}</source>
            <translation>Bills: {bills}   released: {released}   held for review: {review}   total: {total} yuan   points not billed: {errors}</translation>
        </message>
        <message>
            <source>Start billing run</source>
            <translation>Start billing run</translation>
        </message>
        <message>
            <source>Bill reading book {code} ({points} points) for {period}?
Normal bills are released to the ledger at once; abnormal ones wait for review.</source>
            <translation>Bill reading book {code} ({points} points) for {period}?
Normal bills are released to the ledger at once; abnormal ones wait for review.</translation>
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
        <name>StagePath</name>
        <message>
            <source>%1 · %2 d</source>
            <translation>%1 · %2 d</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Current stage</source>
            <translation>Current stage</translation>
        </message>
        <message>
            <source>Current stage, suspended</source>
            <translation>Current stage, suspended</translation>
        </message>
        <message>
            <source>Terminated at this stage</source>
            <translation>Terminated at this stage</translation>
        </message>
        <message>
            <source>Ahead</source>
            <translation>Ahead</translation>
        </message>
        <message>
            <source>Not needed for this application</source>
            <translation>Not needed for this application</translation>
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
        <name>TariffLabels</name>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>Residential</source>
            <translation>Residential</translation>
        </message>
        <message>
            <source>General commercial &amp; industrial</source>
            <translation>General commercial &amp; industrial</translation>
        </message>
        <message>
            <source>Large industry</source>
            <translation>Large industry</translation>
        </message>
        <message>
            <source>Agricultural production</source>
            <translation>Agricultural production</translation>
        </message>
        <message>
            <source>Critical peak</source>
            <translation>Critical peak</translation>
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
            <source>Deep valley</source>
            <translation>Deep valley</translation>
        </message>
        <message>
            <source>monthly blocks</source>
            <translation>monthly blocks</translation>
        </message>
        <message>
            <source>annual blocks (cumulative over the tier year)</source>
            <translation>annual blocks (cumulative over the tier year)</translation>
        </message>
        <message>
            <source>by capacity (kVA)</source>
            <translation>by capacity (kVA)</translation>
        </message>
        <message>
            <source>by maximum demand (kW)</source>
            <translation>by maximum demand (kW)</translation>
        </message>
        <message>
            <source>calendar days of the month</source>
            <translation>calendar days of the month</translation>
        </message>
        <message>
            <source>30 days a month</source>
            <translation>30 days a month</translation>
        </message>
        <message>
            <source>each line rounded half-up to 0.01 yuan</source>
            <translation>each line rounded half-up to 0.01 yuan</translation>
        </message>
        <message>
            <source>each line rounded half-even to 0.01 yuan</source>
            <translation>each line rounded half-even to 0.01 yuan</translation>
        </message>
        <message>
            <source>basic + energy charges</source>
            <translation>basic + energy charges</translation>
        </message>
        <message>
            <source>basic + energy charges + surcharges</source>
            <translation>basic + energy charges + surcharges</translation>
        </message>
        <message>
            <source>added to the flat period</source>
            <translation>added to the flat period</translation>
        </message>
        <message>
            <source>shared over the TOU periods</source>
            <translation>shared over the TOU periods</translation>
        </message>
        <message>
            <source>surcharge</source>
            <translation>surcharge</translation>
        </message>
        <message>
            <source>energy</source>
            <translation>energy</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>kVA·month</source>
            <translation>kVA·month</translation>
        </message>
        <message>
            <source>kW·month</source>
            <translation>kW·month</translation>
        </message>
        <message>
            <source>yuan/kVA·month</source>
            <translation>yuan/kVA·month</translation>
        </message>
        <message>
            <source>yuan/kW·month</source>
            <translation>yuan/kW·month</translation>
        </message>
    </context>
    <context>
        <name>TariffModels</name>
        <message>
            <source>open-ended</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Effective</source>
            <translation>Effective</translation>
        </message>
        <message>
            <source>Drafted by</source>
            <translation>Drafted by</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <source>Seg.</source>
            <translation>Seg.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>Amount (yuan)</translation>
        </message>
    </context>
    <context>
        <name>TariffPages</name>
        <message>
            <source>Tariffs</source>
            <translation>Tariffs</translation>
        </message>
        <message>
            <source>Tariff calculator</source>
            <translation>Tariff calculator</translation>
        </message>
    </context>
    <context>
        <name>TariffSummary</name>
        <message>
            <source>open-ended</source>
            <translation>open-ended</translation>
        </message>
        <message>
            <source>Class: %1 · effective %2 to %3 · %4</source>
            <translation>Class: %1 · effective %2 to %3 · %4</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Drafted by %1</source>
            <translation>Drafted by %1</translation>
        </message>
        <message>
            <source>Installed from the shipped tariff files</source>
            <translation>Installed from the shipped tariff files</translation>
        </message>
        <message>
            <source>approved by %1</source>
            <translation>approved by %1</translation>
        </message>
        <message>
            <source>returned: %1</source>
            <translation>returned: %1</translation>
        </message>
        <message>
            <source>Single price: %1 yuan/kWh</source>
            <translation>Single price: %1 yuan/kWh</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>kWh</source>
            <translation>kWh</translation>
        </message>
        <message>
            <source>Price (yuan/kWh)</source>
            <translation>Price (yuan/kWh)</translation>
        </message>
        <message>
            <source>TOU adder</source>
            <translation>TOU adder</translation>
        </message>
        <message>
            <source>%1 × flat</source>
            <translation>%1 × flat</translation>
        </message>
        <message>
            <source>TOU registers required</source>
            <translation>TOU registers required</translation>
        </message>
        <message>
            <source>TOU optional: total-only usage is billed at the price or tiers above</source>
            <translation>TOU optional: total-only usage is billed at the price or tiers above</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Ratio</source>
            <translation>Ratio</translation>
        </message>
        <message>
            <source>Energy charge</source>
            <translation>Energy charge</translation>
        </message>
        <message>
            <source>rule %1: at least %2 × contracted demand</source>
            <translation>rule %1: at least %2 × contracted demand</translation>
        </message>
        <message>
            <source>above %1 × contracted at %2 × price</source>
            <translation>above %1 × contracted at %2 × price</translation>
        </message>
        <message>
            <source>Basic charge</source>
            <translation>Basic charge</translation>
        </message>
        <message>
            <source>Standard %1, applied to %2</source>
            <translation>Standard %1, applied to %2</translation>
        </message>
        <message>
            <source>Power factor adjustment</source>
            <translation>Power factor adjustment</translation>
        </message>
        <message>
            <source>Per-kWh charges and surcharges</source>
            <translation>Per-kWh charges and surcharges</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Rate (yuan/kWh)</source>
            <translation>Rate (yuan/kWh)</translation>
        </message>
        <message>
            <source>Exempt classes</source>
            <translation>Exempt classes</translation>
        </message>
        <message>
            <source>%1 yuan a month</source>
            <translation>%1 yuan a month</translation>
        </message>
        <message>
            <source>Minimum charge</source>
            <translation>Minimum charge</translation>
        </message>
        <message>
            <source>%1 of every line before it</source>
            <translation>%1 of every line before it</translation>
        </message>
        <message>
            <source>Fixed, minimum and percentage charges</source>
            <translation>Fixed, minimum and percentage charges</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Transformer loss table</source>
            <translation>Transformer loss table</translation>
        </message>
        <message>
            <source>Transformer (kVA)</source>
            <translation>Transformer (kVA)</translation>
        </message>
        <message>
            <source>Loss (kWh a month)</source>
            <translation>Loss (kWh a month)</translation>
        </message>
        <message>
            <source>days: %1</source>
            <translation>days: %1</translation>
        </message>
        <message>
            <source>rounding: %1</source>
            <translation>rounding: %1</translation>
        </message>
        <message>
            <source>derived kWh to %1 places</source>
            <translation>derived kWh to %1 places</translation>
        </message>
        <message>
            <source>derived prices to %1 places</source>
            <translation>derived prices to %1 places</translation>
        </message>
        <message>
            <source>Conventions</source>
            <translation>Conventions</translation>
        </message>
    </context>
    <context>
        <name>TariffsView</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;New draft…</source>
            <translation>&amp;New draft…</translation>
        </message>
        <message>
            <source>&amp;Edit draft…</source>
            <translation>&amp;Edit draft…</translation>
        </message>
        <message>
            <source>&amp;Submit for approval</source>
            <translation>&amp;Submit for approval</translation>
        </message>
        <message>
            <source>&amp;Withdraw</source>
            <translation>&amp;Withdraw</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Re&amp;ject…</source>
            <translation>Re&amp;ject…</translation>
        </message>
        <message>
            <source>&amp;Import file…</source>
            <translation>&amp;Import file…</translation>
        </message>
        <message>
            <source>E&amp;xport file…</source>
            <translation>E&amp;xport file…</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>TOML</source>
            <translation>TOML</translation>
        </message>
        <message>
            <source>You drafted this version: a second person approves it.</source>
            <translation>You drafted this version: a second person approves it.</translation>
        </message>
        <message>
            <source>Versions: %1</source>
            <translation>Versions: %1</translation>
        </message>
        <message>
            <source>Edit draft %1</source>
            <translation>Edit draft %1</translation>
        </message>
        <message>
            <source>New tariff draft</source>
            <translation>New tariff draft</translation>
        </message>
        <message>
            <source>New draft: %1 version %2</source>
            <translation>New draft: %1 version %2</translation>
        </message>
        <message>
            <source>Reject tariff version</source>
            <translation>Reject tariff version</translation>
        </message>
        <message>
            <source>Reason (the drafter sees it):</source>
            <translation>Reason (the drafter sees it):</translation>
        </message>
        <message>
            <source>Import tariff file</source>
            <translation>Import tariff file</translation>
        </message>
        <message>
            <source>Tariff files (*.toml)</source>
            <translation>Tariff files (*.toml)</translation>
        </message>
        <message>
            <source>Export tariff file</source>
            <translation>Export tariff file</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>TicketDetail</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Area class</source>
            <translation>Area class</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>Transformer area</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Crew</translation>
        </message>
        <message>
            <source>First report</source>
            <translation>First report</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Crew arrived</source>
            <translation>Crew arrived</translation>
        </message>
        <message>
            <source>Supply restored</source>
            <translation>Supply restored</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>Dispatch…</translation>
        </message>
        <message>
            <source>Arrived…</source>
            <translation>Arrived…</translation>
        </message>
        <message>
            <source>Restored…</source>
            <translation>Restored…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <source>Merge…</source>
            <translation>Merge…</translation>
        </message>
        <message>
            <source>Cancel ticket…</source>
            <translation>Cancel ticket…</translation>
        </message>
        <message>
            <source>Correct a time…</source>
            <translation>Correct a time…</translation>
        </message>
        <message>
            <source>Move report…</source>
            <translation>Move report…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <source>Choose a ticket on the board</source>
            <translation>Choose a ticket on the board</translation>
        </message>
        <message>
            <source>%1: %2 (due %3)</source>
            <translation>%1: %2 (due %3)</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>At</source>
            <translation>At</translation>
        </message>
    </context>
    <context>
        <name>TimeNoteDialog</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
    </context>
    <context>
        <name>TodoPresenter</name>
        <message>
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <source>%1 %2 cannot be opened here: you have no page for this kind of record. Ask your office head to give it to someone who has.</source>
            <translation>%1 %2 cannot be opened here: you have no page for this kind of record. Ask your office head to give it to someone who has.</translation>
        </message>
    </context>
    <context>
        <name>TodoView</name>
        <message>
            <source>All my work</source>
            <translation>All my work</translation>
        </message>
        <message>
            <source>Assigned to me</source>
            <translation>Assigned to me</translation>
        </message>
        <message>
            <source>My role's queue</source>
            <translation>My role's queue</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>Near breach</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>My work</source>
            <translation>My work</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>&amp;Open (Enter)</source>
            <translation>&amp;Open (Enter)</translation>
        </message>
        <message>
            <source>&amp;Take</source>
            <translation>&amp;Take</translation>
        </message>
        <message>
            <source>Take this item of your role's queue: it becomes yours</source>
            <translation>Take this item of your role's queue: it becomes yours</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Assign…</translation>
        </message>
        <message>
            <source>Refresh (F5)</source>
            <translation>Refresh (F5)</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;More</translation>
        </message>
        <message>
            <source>Nothing to do here. Updated at %1.</source>
            <translation>Nothing to do here. Updated at %1.</translation>
        </message>
        <message>
            <source>%1 of %2 items · updated at %3</source>
            <translation>%1 of %2 items · updated at %3</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
    </context>
    <context>
        <name>TomlEditorDialog</name>
        <message>
            <source>&amp;Save draft (Ctrl+S)</source>
            <translation>&amp;Save draft (Ctrl+S)</translation>
        </message>
        <message>
            <source>One tariff version in the format of resources/tariffs (docs/rating.md). Set effective_from to the day this version starts: on approval the version before it ends the day before. The server checks the text when you save.</source>
            <translation>One tariff version in the format of resources/tariffs (docs/rating.md). Set effective_from to the day this version starts: on approval the version before it ends the day before. The server checks the text when you save.</translation>
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
    <context>
        <name>WaiverDialog</name>
        <message>
            <source>Waive penalty</source>
            <translation>Waive penalty</translation>
        </message>
        <message>
            <source>{account} {name}: open penalty {penalty}</source>
            <translation>{account} {name}: open penalty {penalty}</translation>
        </message>
        <message>
            <source>&amp;Amount:</source>
            <translation>&amp;Amount:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Waive</source>
            <translation>Waive</translation>
        </message>
    </context>
    <context>
        <name>WorkColumns</name>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>Near breach</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Escalated</source>
            <translation>Escalated</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>Predicted late</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Achievement</source>
            <translation>Achievement</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Average hours per item</source>
            <translation>Average hours per item</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>(no person)</source>
            <translation>(no person)</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Customer / subject</source>
            <translation>Customer / subject</translation>
        </message>
        <message>
            <source>Assigned to</source>
            <translation>Assigned to</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Type · step</source>
            <translation>Type · step</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{risk} · escalated</source>
            <translation>{risk} · escalated</translation>
        </message>
    </context>
    <context>
        <name>WorkPages</name>
        <message>
            <source>My work</source>
            <translation>My work</translation>
        </message>
        <message>
            <source>Office dashboard</source>
            <translation>Office dashboard</translation>
        </message>
        <message>
            <source>Working-day calendar</source>
            <translation>Working-day calendar</translation>
        </message>
    </context>
    <context>
        <name>WorkTerms</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Near breach</source>
            <translation>Near breach</translation>
        </message>
        <message>
            <source>Predicted late</source>
            <translation>Predicted late</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Application</source>
            <translation>Application</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Fault repair</source>
            <translation>Fault repair</translation>
        </message>
        <message>
            <source>Counter clerks</source>
            <translation>Counter clerks</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>Office head</translation>
        </message>
        <message>
            <source>Service engineers</source>
            <translation>Service engineers</translation>
        </message>
        <message>
            <source>Metering technicians</source>
            <translation>Metering technicians</translation>
        </message>
        <message>
            <source>Reading supervisors</source>
            <translation>Reading supervisors</translation>
        </message>
        <message>
            <source>Managers</source>
            <translation>Managers</translation>
        </message>
        <message>
            <source>Administrators</source>
            <translation>Administrators</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Around the clock</source>
            <translation>Around the clock</translation>
        </message>
        <message>
            <source>{days} d {hh:02d}:{mm:02d}</source>
            <translation>{days} d {hh:02d}:{mm:02d}</translation>
        </message>
        <message>
            <source>-{time} overdue</source>
            <translation>-{time} overdue</translation>
        </message>
    </context>
    <context>
        <name>WorkflowPage</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Import draft…</source>
            <translation>&amp;Import draft…</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Approve the selected draft (not your own): new applications of the type then use it</source>
            <translation>Approve the selected draft (not your own): new applications of the type then use it</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>Stages</source>
            <translation>Stages</translation>
        </message>
        <message>
            <source>Definition (TOML)</source>
            <translation>Definition (TOML)</translation>
        </message>
        <message>
            <source>Select a version to see its stages and text.</source>
            <translation>Select a version to see its stages and text.</translation>
        </message>
        <message>
            <source>%1, version %2: %3 stages</source>
            <translation>%1, version %2: %3 stages</translation>
        </message>
        <message>
            <source>Import a workflow draft</source>
            <translation>Import a workflow draft</translation>
        </message>
        <message>
            <source>Workflow definitions (*.toml)</source>
            <translation>Workflow definitions (*.toml)</translation>
        </message>
        <message>
            <source>The file %1 cannot be read as UTF-8 text.</source>
            <translation>The file %1 cannot be read as UTF-8 text.</translation>
        </message>
        <message>
            <source>Select the business type the draft is for, or name it in the file (code = "…").</source>
            <translation>Select the business type the draft is for, or name it in the file (code = "…").</translation>
        </message>
        <message>
            <source>Export the definition</source>
            <translation>Export the definition</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Cannot import</translation>
        </message>
    </context>
</TS>
