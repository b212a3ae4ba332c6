<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActEditorDialog</name>
    <message>
        <source>(no longer signs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this draft act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft act %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — the act gets its number when it is finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized — %1. Print it, have it signed and stamped, then record it as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized — %1. Signed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed scan is not attached yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void — %1. Reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1 (quantity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words (%1): %2</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Save to convert the prices to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In USD: enter the exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In USD: %1 at %2 %3 for %4 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act was not printed: %1. Check the printer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the act as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the signed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name yet, %1: add it to the record, or the act cannot be finalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name (%1) yet: add it to the record, or the act cannot be finalized.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>1 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date printed on the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represented by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Latin, as in the passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title after «в лице»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name after «в лице»:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian genitive the act&apos;s preamble prints; suggested, correct it if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods and basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement or memorandum and its date, the recipient&apos;s request letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency and exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 68.8395</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UN Treasury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Russian; filled for a listed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (Russian):</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Source (act&apos;s language):</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Effective from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An act in US dollars needs no exchange rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBKR, National Bank of the Kyrgyz Republic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBU, Central Bank of the Republic of Uzbekistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBK, National Bank of the Republic of Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NBT, National Bank of Tajikistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBT, Central Bank of Turkmenistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National bank rate (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second rate printed on the act for the recipient&apos;s books; the amounts in USD use the rate above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 69.8500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the national bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Russian; filled for a listed bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank (Russian):</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Bank (act&apos;s language):</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The day the national bank&apos;s rate applies from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients often keep their books at the national bank&apos;s official rate: NBKR (Kyrgyzstan) and CBU (Uzbekistan) set daily rates effective the next day; NBK (Kazakhstan) applies the exchange average of the next working day and quotes some currencies per 100 units; NBT (Tajikistan) sets a daily rate; CBT (Turkmenistan) has kept 3.50 TMT per USD since 2015.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose items in stock: search, filter, tick many at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a quantity or unit price to change it. Line changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a photo, a warranty or another document (PDF, JPG or PNG) with the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach signed scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a wrong or unreadable signed scan; the current one is kept and the reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActLinesModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 can be handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the quantity must be from 1 to %2, the quantity still available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the unit price %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActWords</name>
    <message>
        <source>Draft</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Ownership passes to the recipient</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>UN operational rate of exchange</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>National bank rate</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Other rate</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Kyrgyz som</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Uzbek sum</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Tajik somoni</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Turkmen manat</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Signed scan</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Warranty or technical documents</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentDialog</name>
    <message>
        <source>Add photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a photo, a warranty or another document with %1. The file is copied into the database; it can be opened from there at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo or document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDF, JPG and PNG files can be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups (older ones are deleted after each new backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is intact: {acts}, {items}, {institutions}.

The database will be replaced by it. A copy of the current database is kept in the backup folder first.</source>
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
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing handed over in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bilingual</name>
    <message>
        <source>in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished"></translation>
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
    <name>DonorReportDialog</name>
    <message>
        <source>Donor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the donor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the donor report…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalizing gives the act its number and freezes its content. Afterwards the act can be printed, recorded as signed or voided, but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act will be numbered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the act can be finalized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Equipment Desk — user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (equipment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions with their signatories</source>
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
        <source>An .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sheet is read. Column titles may be in English or Russian; the next step shows how they were understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are read as they were for the last file with the same titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guess the columns again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For rows that leave these empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. KG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given: refuse dates that could be read two ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: 15/02/18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: 02/15/18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year first: 2018/02/15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates such as 01/02/18:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say once which category each word of the file is; the office&apos;s words are kept for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles found on row %1 of %2. Check how each column will be read; choose another field or “ignore” where the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready. Nothing has been written yet: press Import to add them all.</source>
        <translation>
            <numerusform>%n row is ready. Nothing has been written yet: press Import to add it.</numerusform>
            <numerusform>%n rows are ready. Nothing has been written yet: press Import to add them all.</numerusform>
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
        <source>%n signatory(ies)</source>
        <translation>
            <numerusform>%n signatory</numerusform>
            <numerusform>%n signatories</numerusform>
        </translation>
    </message>
    <message>
        <source>{bad} of {rows} have problems; {problems} in all. Correct the file (or the columns) and check again: nothing is imported until every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more, in the last column of the table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n record from {file}.</numerusform>
            <numerusform>Imported %n records from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n signatory(ies).</source>
        <translation>
            <numerusform>With %n signatory.</numerusform>
            <numerusform>With %n signatories.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported as it is. Correct it, or go back and choose the missing column or a value for rows that leave it empty, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check rows &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What imports remember…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s category words, and the column mappings kept for earlier files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category %1 (rows %2) is none of the program&apos;s categories: go back and choose which it is under “The file&apos;s categories”; the office keeps the word for the next import.</source>
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
        <source>Name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished"></translation>
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
        <source>no reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off items are no longer offered for handover acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Desktop computer with monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Russian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the act prints it in Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished"></translation>
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
    <message>
        <source>Photos and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos or documents yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo, the warranty or another document (PDF, JPG or PNG); kept at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen together: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add items to the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, model, serial or inventory number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick or untick the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick by serial numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 items shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticked: %1 items, quantity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items to hand over (Space or double-click ticks a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ticked; not found among the items in stock: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePairField</name>
    <message>
        <source>The language of the act&apos;s left column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the act&apos;s right column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineChart</name>
    <message>
        <source>Nothing handed over in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
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
        <source>Search: act number, recipient, programme, item, serial or inventory number… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, model, serial or inventory number, programme… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, city, address, contact person or signatory… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: code, name, sub-programme or donor… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, short name or country… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search… (Ctrl+F)</source>
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
        <source>Import from Excel/CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items, institutions, programmes or donors from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole list of this section to an Excel or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export act register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export lines of all acts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange with another office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your records to another laptop, or merge what another office sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Equipment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
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
        <source>Handed over {handed} of {quantity}; {available} available</source>
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
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>Imported %n record.</numerusform>
            <numerusform>Imported %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the act register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the lines of all acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the list of donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to {file}.</source>
        <translation>
            <numerusform>Wrote %n row to {file}.</numerusform>
            <numerusform>Wrote %n rows to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored from {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before is kept in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily backup could not be written to {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup on closing could not be written to {folder}.

Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe in the database. Check the backup folder in Settings (a USB drive that is not plugged in, a full disk), or make a backup with File › Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donated equipment, recipient institutions, donor programmes and bilingual handover acts. Works without a network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: MIT. Fonts: DejaVu (free licence, see the fonts folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (messages go to the console)</source>
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
    <name>PdfPreview</name>
    <message>
        <source>there is nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen pages are not in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer stopped in the middle of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{page} · copy {copy} of {copies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not printed: %1. Check that the printer is on and has paper, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PivotModel</name>
    <message>
        <source>Total, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
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
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s) skipped</source>
        <translation>
            <numerusform>… and %n more row skipped</numerusform>
            <numerusform>… and %n more rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty row(s) skipped</source>
        <translation>
            <numerusform>%n empty row skipped</numerusform>
            <numerusform>%n empty rows skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its category?</source>
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
        <source>e.g. XAC/Z60</source>
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
        <source>Name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished"></translation>
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
    <message>
        <source>No donor is recorded yet. Save the programme, add its donors with “New donor” (Programmes &amp; donors › Donors), then tick them here.</source>
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
    <name>ReportsPanel</name>
    <message>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD at each act&apos;s rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts without a signed copy after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts of programmes funded by several donors count in full under each donor; the total counts each act once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month, USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n act(s)</source>
        <translation>
            <numerusform>%n act</numerusform>
            <numerusform>%n acts</numerusform>
        </translation>
    </message>
    <message>
        <source>{acts}, {items} handed over; {usd} USD. Finalized and signed acts only; drafts and void acts are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
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
    <name>RescanDialog</name>
    <message>
        <source>Replace the signed scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed scan of act %1 (%2) will be replaced. The current scan stays in the database; the replacement and its reason are recorded in the journal and travel to the other laptops with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the first scan was of the unsigned copy; a page was missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned copy was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned copy must be a PDF, JPG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the scan is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialListDialog</name>
    <message>
        <source>Tick by serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste serial or inventory numbers, one per line (commas and spaces also separate them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick these</source>
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
        <source>e.g. BISH</source>
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
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>State languages the office uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ky, or uz, uz-Cyrl (of %1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The record forms show a field for each of these languages, and a new act takes the texts below in them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of a new act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The act&apos;s left and right columns; each act can be printed in another pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency a new act starts with; each act can use another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of new acts</source>
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
        <source>Your office in the state languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of signing, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office name (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Place of signing (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Who signs (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Acting under (%1)</source>
        <translation type="vanished"></translation>
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
        <source>As in the system</source>
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
        <source>“backups” beside the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equipment-desk.sqlite in your user data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column titles for screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen reader then reads each list&apos;s column titles, not their numbers. The program starts a little slower; the change is used the next time you start it. On by itself when Windows says a screen reader is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made once a day, when the program closes and before an update; older backups beyond this number are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin (as in the passport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
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
        <source>Save the settings (Ctrl+S)</source>
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
    <name>SignDialog</name>
    <message>
        <source>Record as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that act %1 came back signed and stamped by both parties, and keep its scanned copy with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a scan the act is still recorded as signed; the scan can be attached later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scanned copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned copy was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned copy must be a PDF, JPG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date cannot be before the act&apos;s date.</source>
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
        <source>Name in Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in national documents; Latin is suggested from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the passport; Cyrillic is suggested from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
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
        <source>Title, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Name after «в лице»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title after «в лице»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Russian genitive the act&apos;s preamble prints; suggested, correct it if needed</source>
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
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under (%1)</source>
        <translation type="vanished"></translation>
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
    <name>StockItemsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
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
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Exchange with another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle (.zip) from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bundle and press Check: you will see what it adds, updates and refuses before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 updated, %3 refused, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From office %5, written %6: %1 to add, %2 to update, %3 refused, %4 already here. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bundle is merged whole: while any record is refused, nothing is merged and the records here stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BISH; empty: a bundle of everything for anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, not only the changes since the last bundle for this office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1 (the last bundle for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle was sent to %1 yet: everything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsignedModel</name>
    <message>
        <source>Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, but no scan kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act %1 will be marked void. It stays in the register with its number, which is never given to another act. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. wrong recipient; replaced by a new act</source>
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
        <source>Act number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the series</source>
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
        <source>Place in the office&apos;s chain of acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
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
        <source>National bank rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the previous act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer type</source>
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
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor-side signatory&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donor-side signatory acting under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Draft</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Finalized, awaiting signature</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Computers and IT</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Office equipment</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Drug control</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Ownership passes</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Sub-programme 2: Criminal justice, crime prevention and integrity</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Sub-programme 3: Drug prevention, treatment and reintegration, and HIV prevention</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>kit</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>pair</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>pack</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>l</source>
        <translation type="vanished"></translation>
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
    <message>
        <source>Computers and IT</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical equipment</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endoscopes</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office equipment</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <comment>condition</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <comment>item_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly handed over</source>
        <comment>item_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <comment>item_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <comment>item_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>act_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalized</source>
        <comment>act_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>act_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <comment>act_status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customs</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug control</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ministry</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>institution_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcs</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kit</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l</source>
        <comment>unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership passes to the recipient</source>
        <comment>transfer_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody and use only</source>
        <comment>transfer_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN operational rate of exchange</source>
        <comment>rate_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National bank rate</source>
        <comment>rate_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rate</source>
        <comment>rate_type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed scan</source>
        <comment>attachment_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty or technical documents</source>
        <comment>attachment_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <comment>attachment_kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed scan</source>
        <comment>attachment_kind_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <comment>attachment_kind_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty</source>
        <comment>attachment_kind_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <comment>attachment_kind_short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme 1: Countering transnational organized crime, illicit drug trafficking and terrorism</source>
        <comment>sub_programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme 2: Criminal justice, crime prevention and integrity</source>
        <comment>sub_programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-programme 3: Drug prevention, treatment and reintegration, and HIV prevention</source>
        <comment>sub_programme</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz som</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek sum</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh tenge</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik somoni</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkmen manat</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollar</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <comment>currency</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>the SQLite library of this Python ({version}) cannot hold an Equipment Desk database: it lacks {missing}. Use the program&apos;s own build, or a Python 3.11 or newer whose SQLite is {minimum} or newer with FTS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act cannot be finalized yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be written ({reason}). Portable mode ({marker} beside the program) keeps the database, settings, log and backups there: copy the program to a folder or USB stick you can write to, or delete {marker} to keep the data in your user folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} cannot be opened: its folder is missing or not yours to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is damaged ({reason}); nothing more was written to it. Restore the last backup (restore FILE; backups are kept in the folder &apos;backups&apos; beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} is open in another program or window (the program itself, an import, another command); close it and restore again. Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database {path} or its folder is read-only; nothing was saved. Make it writable or choose a folder you can write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding the database {path} could not be read or written ({reason}); nothing was saved. Check the disk; if the error stays, restore the last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was saved. Free some space on the disk holding the database {path} and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of an office&apos;s chain only moves forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the chain of office {office} is recorded as place {kept} but the journal&apos;s is {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange rate takes effect on {effective}, after the act&apos;s date {date}; use the rate in effect on the act&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resources folder of Equipment Desk is missing (looked in {folder}); reinstall the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TableWithTail is always split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bundle file name must end in .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a content hash must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a donor with this name is already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft has no number to void; delete the draft instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a draft is not recorded as an issued print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finalized act cannot be changed; it can only be recorded as signed or voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finalized act cannot be deleted; void it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry must follow the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number once given is never given again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path is required unless memory=True</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a print is recorded as issued only after the journal of sealed acts records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason is required to replace a signed scan</source>
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
        <source>a required value is missing: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section title across the table: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature or footer row: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a totals row: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is out of range ({detail})</source>
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
        <source>act {number} does not agree with its own content; the bundle was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} does not match its content hash; the bundle was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} has no signed scan yet; attach one instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number} has unreadable content</source>
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
        <source>act {number} was drawn up in {languages}; it prints in those languages only, not in {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act {number}: {detail}</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>act {ref} is a draft; finalize it before recording it as signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act_frozen_update is not the trigger this migration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act.languages is not the CHECK this migration widens</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>act_frozen_update is not the trigger this migration extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act in a currency other than USD needs an exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act line has no snapshot of its item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act needs a recipient, its signatory, a donor-side signatory, a programme and a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act needs at least one line to be finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act number for the code must be 1–64 letters, digits or . / _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act prints in one or two different languages, e.g. ru,en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act sealed in content version {version} prints in {expected}, not in {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act&apos;s sealing, signature or voiding must be recorded in the journal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment belongs to exactly one act or one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment cannot be changed; add a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment of a finalized act cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment&apos;s data does not match its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of its record of issued prints is malformed</source>
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
        <source>an institution with this name in {country} is already recorded; add signatories to it in the window instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item on it is neither here nor in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item on it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item on the act has been written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object was reserved but never written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an office code must be 1–16 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another record already has this {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another {label} already has this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apostrophes in Uzbek texts are written as the letters ʻ (oʻ, gʻ) and ʼ (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for {quantity} of &apos;{name}&apos; but only {left} is still available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the totals row {totals}, with no quantity, value or number: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a PDF ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder {folder}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import a {suffix} file; use XLSX or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
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
        <source>cannot write in {folder} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carries no Equipment Desk act code (a draft, a scan, or not printed by Equipment Desk); scan the QR code and use verify --code TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cells {range} are merged; unmerge them so every row holds its own values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: a different act here already has the number {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: act {number} here does not follow it in the chain of office {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: act {number} here has the same UUID but different content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: act {number} here holds place {place} in the chain of office {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: another {kind} here ({uuid}) has the {field} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: another {kind} here already has this {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: it does not follow act {number} in the chain of office {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: it hands over more of &apos;{item}&apos; than is left here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: one of its lines belongs to another act here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: recorded here as signed on {date_here}, in the bundle on {date_there}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the act before it in the chain of office {office} (place {place}) is neither here nor in the bundle; ask for a bundle with everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the scan {filename} held here is not the file the bundle names for this act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the signed scan of act {number} was replaced here and elsewhere differently; on one laptop, replace it once more with the scan to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: the signed scan of act {number} was replaced here and elsewhere differently; keep one of them with acts rescan on one laptop</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies must be a whole number from 1 to {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from row {other} for the same institution ({value_there})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not equal quantity × unit value ({quantity} × {unit_value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not start with the year, as the date order year-month-day says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>donor «{name}» has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft with no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finalized elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a path or a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a programme or a donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the name in one language at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has ? where letters should be: the file was saved in a code page without the letters of {language}; save it as CSV UTF-8 or XLSX and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has letters that {language} does not use ({letters}): is this another language&apos;s text in the wrong column?</source>
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
        <source>has no Cyrillic letters; {language} is written in Cyrillic letters: is this the right column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no Latin letters; {language} is written in Latin letters: is this the right column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a formula whose result was not saved; open the file in Excel and save it, or paste values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>institution «{name}» has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a database, a backup or one of their files; it is never written over — choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a file, not a folder; backups are written into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder; give a file name such as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is ambiguous: {text} could mean {as_thousands} or {as_decimal}; write it without a thousands separator or with two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; say whether the texts are reviewed, e.g. &quot;draft — needs review by a native speaker&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in Cyrillic letters; a name in {language} is written in Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is in Latin letters; a name in {language} is written in Cyrillic letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing from [review]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not UTF-8 text; save it as UTF-8</source>
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
        <source>is not a known table; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known text of [{table}] (misspelt?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a number: use digits, one decimal comma or point, and spaces to group thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a recorded signatory of {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file carries another file inside it (a scan of the signed paper holds only its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file holds an XFA form (a scan of the signed paper holds only its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file holds more than {count} objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file reads another file (a scan of the signed paper holds only its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file runs JavaScript (a scan of the signed paper holds only its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a scan: the {kind} file starts another program (a scan of the signed paper holds only its pages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a signatory of the recipient institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid TOML file: {error}</source>
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
        <source>is not a whole {kind} file: it cannot be decoded ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it declares {pixels} pixels, more than a scan has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a JPEG does (SOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a PDF does (%PDF-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it does not begin as a PNG does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it has no end (%%EOF): the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds a chunk with an invalid name ({chunk})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds no image data (IDAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it holds something that is not a segment at byte {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short before its end (EOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short before its end (IEND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a segment at byte {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside a {chunk} chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it is cut short inside its image data (no EOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: it starts a second image inside the first (SOI at byte {at})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its first chunk is not the image header (IHDR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data cannot be inflated ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data comes before its frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data holds more than its header declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data holds {got} bytes where its header declares {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image data is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: its image header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: page {page} cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: the checksum of its {chunk} chunk at byte {at} is wrong (damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (%%EOF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (EOI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a whole {kind} file: {count} bytes of something else follow its end (IEND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the database itself; choose a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the database or one of its files; it is never written over — choose another file name</source>
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
        <source>is too large (at most {max})</source>
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
        <source>it has no {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is sealed but the journal has no record of its sealing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {status} but the journal records it as {expected} (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a record that does not exist here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sealed (journal entry {entry}) but is missing from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was sealed (journal entry {entry}) but is now a draft</source>
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
        <source>its braces are not well formed: write a placeholder as {{name}} and nothing else in braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its history of signed scans does not agree with its attachments; the bundle was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its history of signed scans does not end with its signed scan; the bundle was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its history of signed scans does not follow the scan held here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its history of signed scans does not hold together; the bundle was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lines differ from the signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lines differ from what was sealed (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its link to the previous act is broken (previous hash differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its placeholders differ from the English text ({expected}): {detail}; keep every {{name}} as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at} (journal entry {entry}) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at} is not in the journal: it was recorded behind the program&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its print {sha256} recorded as issued on {at}: its {field} differs from what the journal records (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its record of issued prints is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed fixed texts are in {found}, not in its languages {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed fixed texts are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sealed fixed texts of {code} are those of {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signed scan is missing from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signed scan {filename} is missing (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signed scan {filename}: its {field} differs from what was recorded (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored content does not verify: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored content is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its stored content is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its totals differ from the signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} differs from the signed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} differs from what the journal records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {field} differs from what was sealed (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry {entry} ({event}) was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry {entry} does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal entry {entry} is not the one noted (its hash is {held}, noted {noted}): the journal was written again since, and what it records of the acts before may have been changed with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no} is missing (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no} was not sealed (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: &apos;{name}&apos; has been written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: &apos;{name}&apos; is valued in {item_currency} and cannot be converted to {currency} without a rate; enter the exchange rate together with the currency, or remove the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: item «{name}» has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: its {field} differs from what was sealed (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line_no}: the English name of &apos;{name}&apos; is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>line {line_no}: the Russian name of &apos;{name}&apos; is missing</source>
        <translation type="vanished"></translation>
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
        <source>must be ENTRY:HASH as check printed it, e.g. 42: and 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a PDF, JPG or PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a PNG or JPG picture</source>
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
        <source>must be a list of one or two language codes, e.g. [&quot;ru&quot;, &quot;en&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days, 0 or more</source>
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
        <source>must be one of {codes}</source>
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
        <source>must be two different languages of {codes}, e.g. ru,en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be two different languages of en, ru, kk, tg, e.g. ru,en</source>
        <translation type="vanished"></translation>
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
        <source>must not be negative (an amount in brackets is a negative one)</source>
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
        <source>no column title was recognised; the first row should hold titles such as {examples} (see the import column list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no donor &apos;{name}&apos; is recorded; import or add the donor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no donor named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item with id {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no programme with the code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no programme with this code is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no programme with this code is recorded; add the programme first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
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
        <source>not a PDF: no startxref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its donors is neither here nor in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a finalized act can be signed or voided; a draft can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a signed act takes its signed scan; record it as signed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the scan of a signed act can be replaced; act {number} is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {left} is still available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>programme {code} has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>quantity × unit value is too large to store (at most {max} in total)</source>
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
        <source>repeats the code of row {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the donor of row {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the {what} of row {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row} has {count} columns; at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: the signatory&apos;s institution was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged or not a database ({reason}); it was left untouched. Restore the last backup (restore FILE; backups are kept in the folder &apos;backups&apos; beside the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is ambiguous: {text} could be {day_first} (day first) or {month_first} (month first); give the date order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date in the order {order}: {month} is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date: a number that is not an Excel date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date: the year {year} should have four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date: there is no day {day} in month {month} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date: {word} is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a date; expected a date such as 2018-02-15, 15.02.2018 or 15-Feb-2018</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of [review]; expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a gender; write man, woman or not given (мужчина, женщина, не указан)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount: expected a number such as 1 234,50 or $1,234.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an amount: {word} is not a currency (expected a code such as USD or KGS, or a sign such as $)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be WORD=CATEGORY with a word before the =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names two currencies ({first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the column titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows and columns must be two different dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says {found} but the file is the {code} texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says {unit} but the unit column says {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series {series}: the last number given is recorded as {kept} but the journal&apos;s is {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory {signatory} is not a signatory of institution {institution}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory «{name}» has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signatory «{name}» has no title in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed scan added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed scan replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV is malformed near row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Cyrillic (Russian) form of the donor-side signatory&apos;s name is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Cyrillic (Russian) form of the recipient signatory&apos;s name is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of donor &apos;{name}&apos; is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of the exchange rate&apos;s source is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of the national bank is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of the programme is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of the recipient institution is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English name of the transferring organisation is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English text of the basis is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English text of the donor-side signatory&apos;s authority is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English text of the goods handed over is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English text of the place is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English text of the recipient signatory&apos;s authority is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English title of the donor-side signatory is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the English title of the recipient&apos;s signatory is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Latin (English) form of the donor-side signatory&apos;s name is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Latin (English) form of the recipient signatory&apos;s name is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the PDF has no plain cross-reference table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s catalogue names no page tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s page tree is not one flat list of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF&apos;s trailer names no catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Russian name of donor &apos;{name}&apos; is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian name of the exchange rate&apos;s source is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian name of the national bank is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian name of the programme is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian name of the recipient institution is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian name of the transferring organisation is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian text of the basis is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian text of the donor-side signatory&apos;s authority is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian text of the goods handed over is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian text of the place is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian text of the recipient signatory&apos;s authority is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian title of the donor-side signatory is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the Russian title of the recipient&apos;s signatory is missing</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>the act hands over more of an item than is still in stock</source>
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
        <source>the act&apos;s date {date} is more than {days} days ahead; check the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the act&apos;s total is 0; enter the value of the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be written in words in {language} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority of signatory «{name}» has no text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis of the act has no text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has no manifest; it is not an Equipment Desk bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle has too many parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle holds the same part twice; it was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle is damaged ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle unpacks to more than {limit} GB; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle was written by a newer version of Equipment Desk (changes {unknown}); update this copy first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle&apos;s parts do not match its manifest (missing: {missing}; extra: {extra})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes of its signed scan {filename} do not match the SHA-256 recorded when it was filed (journal entry {entry})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category {word} (rows {rows}) is none of the program&apos;s categories; say once which it is ({choices}), e.g. --category-map &quot;{word}=computers&quot; or in the import window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain of office {office} skips from position {after} to {position} (an act is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column is empty in {empty} of {total} rows (rows {rows}); is it the right column?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column read as the name holds only numbers ({examples}); is it a row-number column? Map the name to another column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency is given twice and differs: {first} in {first_column}, {second} in {second_column}</source>
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
        <source>the document font {file} is missing from {folder}; reinstall Equipment Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the donor-side signatory has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the donor-side signatory has no title in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the donor-side signatory is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the donor-side signatory&apos;s authority has no text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has more than {limit} rows; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no data rows under the header (row {row})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no quantity column: each row is one unit (as in an asset list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no {title} column ({title_ru})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has problems; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a zip archive but not an XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a CSV text file, whatever its name says (it looks like an XLSX workbook or a zip archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a complete bundle (it is truncated or not a zip file: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a text file (it contains NUL bytes); export the sheet as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an XLSX workbook, whatever its name says (it looks like {kind})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not an old .xls workbook, whatever its name says; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is the signed scan the act already has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; at most {limit} MB); split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to be a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must end in .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it is UTF-16 but is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file says it is UTF-8 but is not (byte {position})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed texts of the act in {language} are missing: there is no file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fixed texts of the act&apos;s languages are not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the goods handed over have no text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item has been handed over completely; there is nothing left to write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal ends at entry {last} but its head records entry {entry}: entries were cut off or the head was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal has no entry {entry}, the entry noted: entries were cut off or the journal was written again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal of sealed acts cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal records its sealing more than once or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal skips from entry {after} to {entry} (an entry is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal&apos;s head records its last entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line asks for more than is still in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line&apos;s amount is too large to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest entry of {part} is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not readable JSON; the bundle was damaged or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest lacks its {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest lists no records; the bundle was damaged or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest names an unexpected part {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the national bank has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the national bank rate takes effect on {effective}, after the act&apos;s date {date}; use the rate in effect on the act&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office has no category word {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office logo cannot be read as an image ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} cannot be read (the bundle is truncated or damaged: {reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} fails its checksum; the bundle was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} has the wrong size; the bundle was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part {part} is larger than the manifest says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends ({last}) before it starts ({first})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends before it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place of the act has no text in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quantity cannot be less than what has already been handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient institution is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient signatory does not belong to the recipient institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s signatory is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is still used elsewhere, or refers to a record that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record it belongs to is neither here nor in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record it belongs to was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record of issued prints cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records are not in the bundle format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records are not readable JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records&apos; {section} are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore failed and the database was left as it was: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed fixed texts cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed fixed texts name no known language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sealed fixed texts of {code} do not match their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet has more than {limit} rows; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing date {date} is before the act&apos;s date {act_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing date {date} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source of the exchange rate has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table [review] is missing (language, status, reviewed_by, reviewed_on, notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table [{table}] is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text encoding is not recognised; save the file as CSV UTF-8 (or as XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is garbled ({sample}): the sheet holds text that was read with the wrong code page before it was saved; correct it in the sheet before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text reads as garbled characters ({sample}) when read as {encoding}; the file&apos;s encoding cannot be told for sure: save it as CSV UTF-8 (or as XLSX) and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total is too large (at most {max} minor units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total {amount} does not divide evenly by the quantity {quantity}; give the unit value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transferring organisation has no name in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of an item on a finalized act cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged or truncated ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook unpacks to {size} MB, far more than a table needs; it was not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} it refers to is neither here nor in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} it refers to was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} {name} is not defined as the program defines it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} {name} was not made by the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {label} is still used by acts or other records and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} {value} equals the sum of the other rows: is row {row} a totals row? Delete it or it is imported as an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old Excel 97–2003 (.xls) file; save it as .xlsx or CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Equipment Desk act code (expected {prefix}|number|office|hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Equipment Desk bundle (format {format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this signatory is already listed on row {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency {code}; expected one of {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language {code}; expected one of {expected}</source>
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
        <source>voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} is not a category; use one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{codes} is not a national language; use {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} item(s) are written off without a reason (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row(s) have no name; the model is used as the name (rows {rows})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not pass the check ({count} finding(s), the first: {reason}); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds acts that do not verify ({reason}); nothing was restored</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is an SQLite file of another program, not an Equipment Desk database; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk backup (it is not an SQLite file); nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database (it is not an SQLite file); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Equipment Desk database; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} lacks the tables {tables}; nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Equipment Desk (it has changes {unknown}); install the newer version to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} (row {hint_row} reads {hint_text}, which only fits {hint_order})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no data in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no time of its last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has no valid UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} repeats a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.donors is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.lines is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.lines[{n}] is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.lines[{n}].{key} has a value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.lines[{n}].{key} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.scans is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.status is not a known act status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.{key} has a value of the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.{key} is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}.{key} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an act is printed in two different languages: choose another language for one of its columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a second name in {language}; the other name column holds {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the national bank&apos;s rate, or clear its bank and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remembered mapping is listed as {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category without a word; type the word the registers use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the category the word {word} means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the word {word} is listed twice (row {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (LibreOffice, {suffix}); save it as .xlsx (Excel 2007-365) or CSV and import that</source>
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
<context>
    <name>ImportMemoryDialog</name>
    <message>
        <source>What imports remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words the office&apos;s registers use for categories, and the category each means. An import reads these words as their category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word in the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has no words of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an import, the columns are read the same way for the next file with the same titles. Forget a mapping to have its columns guessed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institutions</source>
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
        <source>day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
