<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Equipment Desk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that Equipment Desk did not expect. Your data is safe: an unfinished change is never saved halfway. You can go on working; if it happens again, send the details and the log file to your IT focal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file is being written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorForm</name>
    <message>
        <source>New donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstitutionForm</name>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatories (who signs acts for the institution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
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
        <source>{name} has signed acts, so the record is kept. Untick “still signs for the institution” instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Desktop computer with monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is on a finalized act, so its value and currency can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} already handed over; the quantity cannot be less.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search: name, serial or inventory number, act number… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the standard columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>%n record matches</numerusform>
            <numerusform>%n records match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Equipment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes &amp; donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print act…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n act</numerusform>
            <numerusform>%n acts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n programme(s)</source>
        <translation>
            <numerusform>%n programme</numerusform>
            <numerusform>%n programmes</numerusform>
        </translation>
    </message>
    <message>
        <source>handed over: {amounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ {usd}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details and the acts it went out on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No. {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory No. {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {available} of {quantity} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: {unit} each, {total} in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts with this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on any act yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an institution to see its acts and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs acts: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing handed over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed over in %n act(s): </source>
        <translation>
            <numerusform>Handed over in %n act: </numerusform>
            <numerusform>Handed over in %n acts: </numerusform>
        </translation>
    </message>
    <message>
        <source>(≈ {usd})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n act(s) still to come back signed</source>
        <translation>
            <numerusform>%n act still to come back signed</numerusform>
            <numerusform>%n acts still to come back signed</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a programme to see its donors, items and acts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded</source>
        <translation>
            <numerusform>%n item recorded</numerusform>
            <numerusform>%n items recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>The act editor is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act {number} is finalized and cannot be deleted. Open it and void it instead, giving the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the item written off (e.g. broken beyond repair, stolen)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work is still running in the background. Stop it and close?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammeForm</name>
    <message>
        <source>New programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes you made?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPlaceholder</name>
    <message>
        <source>Reports for donors and auditors (what went where, under which programme, for how much) will appear here.

Until then, filter the Handover acts list and read the totals under it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your office (printed on every act; kept in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code for act numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{office} is the office code, {year} the act&apos;s year, {seq:04d} its number in the year with four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (PNG or JPG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs for the office (transferring party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name (for the change log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment Desk database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language or database file is used the next time you start the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the values marked in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatoryForm</name>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the Regulations of the Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still signs for the institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Equipment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you record the equipment that arrives, the institutions that receive it and the donor programmes that paid for it; you prepare the handover act, print it in two copies, and keep the signed scan with the record.

The database is empty. Start by entering your office&apos;s name, code and the person who signs acts, or load the demo data (the 2018 handovers of the Regional Office for Central Asia) to try everything first. Demo data can be loaded into an empty database only; use a separate database file for real work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment Desk database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the other language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program or another Equipment Desk window is using the database. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the newest version of Equipment Desk, or open another database in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another database file, or restore a backup. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk has space and that you may write to the folder, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the values and try again. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have changed or deleted it. Press F5 to refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make and model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient&apos;s signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor-side signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized, awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed; the signed scan is not attached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{handed} of {quantity} handed over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>a draft has no number to void; delete the draft instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path is required unless memory=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is required to void an act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is required to write an item off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act is already {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act number {number} is already taken; check the office code and number pattern in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} already has its signed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} is already void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} is already {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} is {status}; a finalized act cannot be deleted, void it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} is {status}; only a draft can be edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {ref} is a draft; finalize it before recording it as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment belongs to exactly one act or one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exchange rate to USD is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an exchange rate to USD is required for an act in {currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another {label} already has this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for {quantity} of &apos;{name}&apos; but only {left} is still available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has misplaced thousands separators; groups after the first must have three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than {max_decimals} decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is ambiguous: {text} could mean {as_thousands} or {as_decimal}; write it without a thousands separator or with two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a country; expected a two-letter code such as KG, UZ, KZ, TJ or TM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date; expected a date such as 2018-02-15 or 15.02.2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known currency; expected one of {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a recorded signatory of {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a signatory of the recipient institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid pattern; use e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a {kind} file, whatever its name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (at most {max} minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (at most {max} {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large ({size} MB); at most 50 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large; at most 1,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long ({length} characters); at most {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long; at most 1000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; has been written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; has nothing left in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &apos;{name}&apos; is valued in {item_currency} but the act is in {act_currency}; enter an exchange rate or the unit value in {act_currency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: &apos;{name}&apos; has been written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: {quantity} of &apos;{name}&apos; asked for but only {left} is still available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines of a finalized act cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches no recorded item (by item_uuid, serial_number or inventory_number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or 100 (the number of US dollars the rate is for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 to 12 Latin capital letters or digits, e.g. BISH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a PDF, JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a decimal number written as text, e.g. 68.8395</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minor units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minor units (cents), 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of minor units, 0 or more, that fits the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an act (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with en and ru texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with value, scale, type, source and effective_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be photo, warranty or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain {placeholder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must refer to an existing record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no act &apos;{ref}&apos; (give its number, e.g. ROCA-2018-0001, its UUID or its id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no act given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no act line with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no act with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attachment with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no programme with this code is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such institution is recorded; add it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {label} &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {label} with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a signed act takes its signed scan; record it as signed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {left} is still available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a programme that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a signatory that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to an institution that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to an item that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act has no date yet, so its number is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act has no lines; add at least one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file is read-only; choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in use by another program (it is locked); close the other program and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is in use by another program; close it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the donor-side signatory is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has been handed over completely; there is nothing left to write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line&apos;s amount is too large to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing date {date} is before the act&apos;s date {act_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is too large (at most {max} minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {label} is still used by acts or other records and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency {code}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language {lang}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit {unit}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an Equipment Desk database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); it was left untouched. Restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database (it is not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Equipment Desk (it has changes {unknown}); install the newer version to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
