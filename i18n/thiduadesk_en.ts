<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AwardImportDialog</name>
    <message>
        <source>Import award list</source>
        <translation>Import award list</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>These awards were already conferred (history of that year)</source>
        <translation>These awards were already conferred (history of that year)</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>Columns (found by their headers; change them if the file is laid out otherwise)</source>
        <translation>Columns (found by their headers; change them if the file is laid out otherwise)</translation>
    </message>
    <message>
        <source>The row with the column headers (0: the data starts on row 1)</source>
        <translation>The row with the column headers (0: the data starts on row 1)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>Read again with these columns</source>
        <translation>Read again with these columns</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Task rating</source>
        <translation>Task rating</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The sheet has no rows under its headers.</source>
        <translation>The sheet has no rows under its headers.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 have errors (in red). Nothing is imported until every row is right: correct the file, or the columns above, and read it again.</source>
        <translation>%1 rows read; %2 have errors (in red). Nothing is imported until every row is right: correct the file, or the columns above, and read it again.</translation>
    </message>
    <message>
        <source>%1 rows read, no errors.</source>
        <translation>%1 rows read, no errors.</translation>
    </message>
    <message>
        <source>Create the %1 units not yet in the unit list: %2</source>
        <translation>Create the %1 units not yet in the unit list: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>%1 rows imported.</translation>
    </message>
    <message>
        <source>Units created: %1</source>
        <translation>Units created: %1</translation>
    </message>
</context>
<context>
    <name>AwardLabels</name>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Reviewed by the council</source>
        <translation>Reviewed by the council</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Excellent (HTXSNV)</source>
        <translation>Excellent (HTXSNV)</translation>
    </message>
    <message>
        <source>Good (HTTNV)</source>
        <translation>Good (HTTNV)</translation>
    </message>
    <message>
        <source>Completed (HTNV)</source>
        <translation>Completed (HTNV)</translation>
    </message>
    <message>
        <source>Not completed (KHTNV)</source>
        <translation>Not completed (KHTNV)</translation>
    </message>
    <message>
        <source>base level</source>
        <translation>base level</translation>
    </message>
    <message>
        <source>district level</source>
        <translation>district level</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>provincial level</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>national level</translation>
    </message>
</context>
<context>
    <name>AwardsTab</name>
    <message>
        <source>Search by name, unit or position (tones optional)</source>
        <translation>Search by name, unit or position (tones optional)</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>By award</source>
        <translation>By award</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <source>Read a school's list (.xlsx, .xls, .ods); nothing is stored until you confirm</source>
        <translation>Read a school's list (.xlsx, .xls, .ods); nothing is stored until you confirm</translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation>Check eligibility</translation>
    </message>
    <message>
        <source>Check every proposal of the year against the law in force at its end and mark it eligible or not</source>
        <translation>Check every proposal of the year against the law in force at its end and mark it eligible or not</translation>
    </message>
    <message>
        <source>Council votes…</source>
        <translation>Council votes…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>Save blank template…</translation>
    </message>
    <message>
        <source>Year settings…</source>
        <translation>Year settings…</translation>
    </message>
    <message>
        <source>Percentages, vote thresholds, cap and base salary of the school year</source>
        <translation>Percentages, vote thresholds, cap and base salary of the school year</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <source>Proposal list (danh sách)…</source>
        <translation>Proposal list (danh sách)…</translation>
    </message>
    <message>
        <source>Submission (tờ trình)…</source>
        <translation>Submission (tờ trình)…</translation>
    </message>
    <message>
        <source>Council minutes (biên bản)…</source>
        <translation>Council minutes (biên bản)…</translation>
    </message>
    <message>
        <source>Decision (quyết định)…</source>
        <translation>Decision (quyết định)…</translation>
    </message>
    <message>
        <source>Issue the submission (number from the register)…</source>
        <translation>Issue the submission (number from the register)…</translation>
    </message>
    <message>
        <source>Issue the minutes (number from the register)…</source>
        <translation>Issue the minutes (number from the register)…</translation>
    </message>
    <message>
        <source>Issue the decision with its list (number from the register)…</source>
        <translation>Issue the decision with its list (number from the register)…</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Failing</translation>
    </message>
    <message>
        <source>All awards</source>
        <translation>All awards</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation>Eligible or not</translation>
    </message>
    <message>
        <source>Eligible only</source>
        <translation>Eligible only</translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation>Failing only</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>%1 of %2 proposals shown</source>
        <translation>%1 of %2 proposals shown</translation>
    </message>
    <message>
        <source>No row is selected. Apply to all %1 proposals the list shows?</source>
        <translation>No row is selected. Apply to all %1 proposals the list shows?</translation>
    </message>
    <message>
        <source>Open card…</source>
        <translation>Open card…</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Delete proposal</translation>
    </message>
    <message>
        <source>%1 proposals checked by the rules in force for %2: %3 eligible, %4 not eligible.</source>
        <translation>%1 proposals checked by the rules in force for %2: %3 eligible, %4 not eligible.</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <source>Council votes</source>
        <translation>Council votes</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>Year settings</source>
        <translation>Year settings</translation>
    </message>
    <message>
        <source>Delete %1 selected proposals? Decided ones cannot be deleted.</source>
        <translation>Delete %1 selected proposals? Decided ones cannot be deleted.</translation>
    </message>
    <message>
        <source>Import award list</source>
        <translation>Import award list</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Issue it with the next number of the outgoing register, dated today? An issued paper is locked and archived as it prints now.</source>
        <translation>Issue it with the next number of the outgoing register, dated today? An issued paper is locked and archived as it prints now.</translation>
    </message>
    <message>
        <source>Issued as No. %1.</source>
        <translation>Issued as No. %1.</translation>
    </message>
    <message>
        <source>Issued as No. %1. Record its %2 proposals as decided by this decision?</source>
        <translation>Issued as No. %1. Record its %2 proposals as decided by this decision?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>The list was saved to %1.</translation>
    </message>
    <message>
        <source>Save blank template</source>
        <translation>Save blank template</translation>
    </message>
    <message>
        <source>The blank list for the schools was saved to %1.</source>
        <translation>The blank list for the schools was saved to %1.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>■ overdue   ▲ due within 7 days   ○ later   ✓ all received   pink: public holiday</source>
        <translation>■ overdue   ▲ due within 7 days   ○ later   ✓ all received   pink: public holiday</translation>
    </message>
    <message>
        <source>Day off…</source>
        <translation>Day off…</translation>
    </message>
    <message>
        <source>Mark the chosen day as a day off</source>
        <translation>Mark the chosen day as a day off</translation>
    </message>
    <message>
        <source>Mark it as a working day (holiday worked, make-up Saturday)</source>
        <translation>Mark it as a working day (holiday worked, make-up Saturday)</translation>
    </message>
    <message>
        <source>Back to the official calendar</source>
        <translation>Back to the official calendar</translation>
    </message>
    <message>
        <source>Days off of the year…</source>
        <translation>Days off of the year…</translation>
    </message>
    <message>
        <source>Read deadlines from a file…</source>
        <translation>Read deadlines from a file…</translation>
    </message>
    <message>
        <source>Take deadlines from a plan…</source>
        <translation>Take deadlines from a plan…</translation>
    </message>
    <message>
        <source>New deadline…</source>
        <translation>New deadline…</translation>
    </message>
    <message>
        <source>Yearly date…</source>
        <translation>Yearly date…</translation>
    </message>
    <message>
        <source>A day that comes back every year, such as 20/11</source>
        <translation>A day that comes back every year, such as 20/11</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Export .ics…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Print the list…</translation>
    </message>
    <message>
        <source>Use the previous working day</source>
        <translation>Use the previous working day</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <source>Print reminder to the late units…</source>
        <translation>Print reminder to the late units…</translation>
    </message>
    <message>
        <source>Issue the reminder…</source>
        <translation>Issue the reminder…</translation>
    </message>
    <message>
        <source>No deadline chosen.</source>
        <translation>No deadline chosen.</translation>
    </message>
    <message>
        <source>The office's own task: no unit must submit it.</source>
        <translation>The office's own task: no unit must submit it.</translation>
    </message>
    <message>
        <source>%1/%2 units have sent it</source>
        <translation>%1/%2 units have sent it</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Write the date received as dd/MM/yyyy.</source>
        <translation>Write the date received as dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Reminder letter</translation>
    </message>
    <message>
        <source>Issue the reminder</source>
        <translation>Issue the reminder</translation>
    </message>
    <message>
        <source>Give the reminder the next number of the outgoing register and lock it?</source>
        <translation>Give the reminder the next number of the outgoing register and lock it?</translation>
    </message>
    <message>
        <source>Deadline list</source>
        <translation>Deadline list</translation>
    </message>
    <message>
        <source>There is no plan yet.</source>
        <translation>There is no plan yet.</translation>
    </message>
    <message>
        <source>Take deadlines from a plan</source>
        <translation>Take deadlines from a plan</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>No deadline or milestone was found in this plan.</source>
        <translation>No deadline or milestone was found in this plan.</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Export deadlines</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Read deadlines from a plan or a letter</source>
        <translation>Read deadlines from a plan or a letter</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md)</source>
        <translation>Documents (*.pdf *.docx *.txt *.md)</translation>
    </message>
    <message>
        <source>No deadline or milestone was found in this file.</source>
        <translation>No deadline or milestone was found in this file.</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>Remove deadline</translation>
    </message>
    <message>
        <source>Take «%1» off the calendar?</source>
        <translation>Take «%1» off the calendar?</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Recipients (“Nơi nhận”)</source>
        <translation>Recipients (“Nơi nhận”)</translation>
    </message>
    <message>
        <source>Add usual recipient</source>
        <translation>Add usual recipient</translation>
    </message>
    <message>
        <source>+ Recipient</source>
        <translation>+ Recipient</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Usual signers:</source>
        <translation>Usual signers:</translation>
    </message>
    <message>
        <source>KT. = a deputy signs for the head; TM. = on behalf of a body; Q. = acting; TL., TUQ.</source>
        <translation>KT. = a deputy signs for the head; TM. = on behalf of a body; Q. = acting; TL., TUQ.</translation>
    </message>
    <message>
        <source>Edit signer</source>
        <translation>Edit signer</translation>
    </message>
    <message>
        <source>the head's title after KT., e.g. Trưởng phòng</source>
        <translation>the head's title after KT., e.g. Trưởng phòng</translation>
    </message>
    <message>
        <source>e.g. Phó Trưởng phòng</source>
        <translation>e.g. Phó Trưởng phòng</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Add recipient</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Remove recipient</translation>
    </message>
    <message>
        <source>Move recipient</source>
        <translation>Move recipient</translation>
    </message>
    <message>
        <source>Choose signer</source>
        <translation>Choose signer</translation>
    </message>
</context>
<context>
    <name>ConfirmDeadlinesDialog</name>
    <message>
        <source>The office itself</source>
        <translation>The office itself</translation>
    </message>
    <message>
        <source>%1 units chosen</source>
        <translation>%1 units chosen</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Deadlines found</source>
        <translation>Deadlines found</translation>
    </message>
    <message>
        <source>Deadlines and milestones found in «%1». Untick what should not go to the calendar; dates and titles can be changed.</source>
        <translation>Deadlines and milestones found in «%1». Untick what should not go to the calendar; dates and titles can be changed.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Who must submit</source>
        <translation>Who must submit</translation>
    </message>
    <message>
        <source>Row %1: the date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</source>
        <translation>Row %1: the date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>The report below was also saved to:
%1</source>
        <translation>The report below was also saved to:
%1</translation>
    </message>
    <message>
        <source>The report could not be saved to a file; please copy it.</source>
        <translation>The report could not be saved to a file; please copy it.</translation>
    </message>
    <message>
        <source>ThiDuaDesk met an unexpected error. Data saved before the error is safe; the last action may not have been completed. Please copy this report and send it to the person who supports the program.</source>
        <translation>ThiDuaDesk met an unexpected error. Data saved before the error is safe; the last action may not have been completed. Please copy this report and send it to the person who supports the program.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>Days off</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
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
        <source>Name of the day off</source>
        <translation>Name of the day off</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>As officially</source>
        <translation>As officially</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>office's own</source>
        <translation>office's own</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Yearly date</source>
        <translation>Yearly date</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>dd/MM/yyyy, or MM/yyyy for a month</source>
        <translation>dd/MM/yyyy, or MM/yyyy for a month</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Units chosen in the list</source>
        <translation>Units chosen in the list</translation>
    </message>
    <message>
        <source>The office itself (no unit submits)</source>
        <translation>The office itself (no unit submits)</translation>
    </message>
    <message>
        <source>Tick at least one unit in the list.</source>
        <translation>Tick at least one unit in the list.</translation>
    </message>
    <message>
        <source>A yearly date is a day (dd/MM/yyyy), not a month.</source>
        <translation>A yearly date is a day (dd/MM/yyyy), not a month.</translation>
    </message>
    <message>
        <source>The last year comes before the first.</source>
        <translation>The last year comes before the first.</translation>
    </message>
    <message>
        <source>Who must submit:</source>
        <translation>Who must submit:</translation>
    </message>
    <message>
        <source>Every year on this day, until</source>
        <translation>Every year on this day, until</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Repeats:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>The date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</source>
        <translation>The date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</translation>
    </message>
    <message>
        <source>Write what is due.</source>
        <translation>Write what is due.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Moved to (Art. 148)</source>
        <translation>Moved to (Art. 148)</translation>
    </message>
    <message>
        <source>office's own</source>
        <translation>office's own</translation>
    </message>
    <message>
        <source>%1/%2 units</source>
        <translation>%1/%2 units</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <source>The decision that confers the %1 chosen proposals. They are marked decided and kept as awards conferred, which the rules of the next years read.</source>
        <translation>The decision that confers the %1 chosen proposals. They are marked decided and kept as awards conferred, which the rules of the next years read.</translation>
    </message>
    <message>
        <source>e.g. 1234/QĐ-UBND</source>
        <translation>e.g. 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Enter the decision's number.</source>
        <translation>Enter the decision's number.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Recently &amp;deleted…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Undo delete</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Restored: %1</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Ctrl+Z undoes it.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Add a document to the register</source>
        <translation>Add a document to the register</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>e.g. KH-PGDĐT or PGDĐT-TĐKT</source>
        <translation>e.g. KH-PGDĐT or PGDĐT-TĐKT</translation>
    </message>
    <message>
        <source>Number / symbol:</source>
        <translation>Number / symbol:</translation>
    </message>
    <message>
        <source>title (trích yếu), e.g. V/v đôn đốc nộp báo cáo sơ kết</source>
        <translation>title (trích yếu), e.g. V/v đôn đốc nộp báo cáo sơ kết</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <source>separate with ; e.g. Các trường trực thuộc; Lưu: VT</source>
        <translation>separate with ; e.g. Các trường trực thuộc; Lưu: VT</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>File copy kept by:</source>
        <translation>File copy kept by:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Issued from the Plans tab: number, date and title are fixed.</source>
        <translation>Issued from the Plans tab: number, date and title are fixed.</translation>
    </message>
    <message>
        <source>Issued by ThiDuaDesk: number, date and title are fixed.</source>
        <translation>Issued by ThiDuaDesk: number, date and title are fixed.</translation>
    </message>
    <message>
        <source>Next free number in %1: %2</source>
        <translation>Next free number in %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>The phone number does not look right: a mobile number has 10 digits starting with 0 (e.g. 0912 345 678), a landline 11 digits with its area code (e.g. 024 3837 0123); +84 may stand for the first 0.</source>
        <translation>The phone number does not look right: a mobile number has 10 digits starting with 0 (e.g. 0912 345 678), a landline 11 digits with its area code (e.g. 024 3837 0123); +84 may stand for the first 0.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>e.g. Công tác thi đua, khen thưởng năm 2024</source>
        <translation>e.g. Công tác thi đua, khen thưởng năm 2024</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Edit title</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Edit symbol</source>
        <translation>Edit symbol</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>No.:</translation>
    </message>
    <message>
        <source>place, e.g. Nam Từ Liêm</source>
        <translation>place, e.g. Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Edit place</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Day and month stay blank until the plan is signed; issuing fills them in.</source>
        <translation>Day and month stay blank until the plan is signed; issuing fills them in.</translation>
    </message>
    <message>
        <source>e.g. UBND QUẬN NAM TỪ LIÊM</source>
        <translation>e.g. UBND QUẬN NAM TỪ LIÊM</translation>
    </message>
    <message>
        <source>Edit governing body</source>
        <translation>Edit governing body</translation>
    </message>
    <message>
        <source>Governing body:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Edit office name</source>
        <translation>Edit office name</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>One legal basis per line, e.g. Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;</source>
        <translation>One legal basis per line, e.g. Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Legal bases:</translation>
    </message>
    <message>
        <source>Bases checked</source>
        <translation>Bases checked</translation>
    </message>
    <message>
        <source>The marked bases are right for this year: take the marks off</source>
        <translation>The marked bases are right for this year: take the marks off</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>(given when issued) /</source>
        <translation>(given when issued) /</translation>
    </message>
    <message>
        <source>%1 bases (tinted) were copied from last year's plan and may cite last year's documents: correct them, or confirm they are right.</source>
        <translation>%1 bases (tinted) were copied from last year's plan and may cite last year's documents: correct them, or confirm they are right.</translation>
    </message>
    <message>
        <source>Confirm legal bases</source>
        <translation>Confirm legal bases</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Edit date</translation>
    </message>
    <message>
        <source>Edit legal bases</source>
        <translation>Edit legal bases</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard changes</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed?</source>
        <translation>Close this window and lose what you typed?</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Restored from %1. The damaged file is kept as %2.</source>
        <translation>Restored from %1. The damaged file is kept as %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>ThiDuaDesk cannot open the data file</source>
        <translation>ThiDuaDesk cannot open the data file</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Today's automatic backup could not be made: %1</source>
        <translation>Today's automatic backup could not be made: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Restored from %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>The user guide is not installed with this copy of the program.</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Find in the guide</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import units from Excel</source>
        <translation>Import units from Excel</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>%1 valid rows (%2 new units, %3 updates); %4 rows with errors will be skipped.</source>
        <translation>%1 valid rows (%2 new units, %3 updates); %4 rows with errors will be skipped.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Rows to import</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Rows with errors (not imported)</source>
        <translation>Rows with errors (not imported)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>No errors.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing was imported; the data is as before.</source>
        <translation>Nothing was imported; the data is as before.</translation>
    </message>
</context>
<context>
    <name>ImportStartDialog</name>
    <message>
        <source>Import units from Excel</source>
        <translation>Import units from Excel</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) with one row per unit under a heading row (within the first 10 rows). The columns it is read from:</source>
        <translation>Choose an Excel workbook (.xlsx) with one row per unit under a heading row (within the first 10 rows). The columns it is read from:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>The columns may come in any order, and other columns are left out. A level the file does not give is taken from the name (“Trường THCS …”). An empty cell never erases what is stored. Files typed in TCVN3 (.VnTime) or VNI are converted.</source>
        <translation>The columns may come in any order, and other columns are left out. A level the file does not give is taken from the name (“Trường THCS …”). An empty cell never erases what is stored. Files typed in TCVN3 (.VnTime) or VNI are converted.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choose the file…</translation>
    </message>
    <message>
        <source>Save empty template…</source>
        <translation>Save empty template…</translation>
    </message>
    <message>
        <source>Save empty template</source>
        <translation>Save empty template</translation>
    </message>
    <message>
        <source>mau-danh-sach-don-vi.xlsx</source>
        <translation>mau-danh-sach-don-vi.xlsx</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Saved the empty template to %1. Fill it in, then import it.</source>
        <translation>Saved the empty template to %1. Fill it in, then import it.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Added %1, updated %2 units.</source>
        <translation>Added %1, updated %2 units.</translation>
    </message>
    <message>
        <source>%1 rows matched a unit and changed nothing (unchanged).</source>
        <translation>%1 rows matched a unit and changed nothing (unchanged).</translation>
    </message>
    <message>
        <source>Empty cells that kept the stored value:</source>
        <translation>Empty cells that kept the stored value:</translation>
    </message>
    <message>
        <source>Names close to a unit already stored (check them):</source>
        <translation>Names close to a unit already stored (check them):</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue plan</source>
        <translation>Issue plan</translation>
    </message>
    <message>
        <source>Issuing gives the plan the next number of the outgoing register and the date below, keeps the PDF exactly as printed and locks the plan. Later changes need a new version.</source>
        <translation>Issuing gives the plan the next number of the outgoing register and the date below, keeps the PDF exactly as printed and locks the plan. Later changes need a new version.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>who keeps the file copy, e.g. VT, TĐKT</source>
        <translation>who keeps the file copy, e.g. VT, TĐKT</translation>
    </message>
    <message>
        <source>File copy kept by:</source>
        <translation>File copy kept by:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Preschool</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <source>Multi-level school</source>
        <translation>Multi-level school</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Awards</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Outgoing register</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>&amp;Check the data</source>
        <translation>&amp;Check the data</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Office information…</source>
        <translation>&amp;Office information…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About ThiDuaDesk</source>
        <translation>&amp;About ThiDuaDesk</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Tab %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>%1 units · %2 people</source>
        <translation>%1 units · %2 people</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Some changes could not be saved (the tab says why). Close anyway and lose them?</source>
        <translation>Some changes could not be saved (the tab says why). Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1?

The current data file is first kept aside as a backup, so this can be undone.</source>
        <translation>Replace the current data with the backup of %1?

The current data file is first kept aside as a backup, so this can be undone.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Check the data</translation>
    </message>
    <message>
        <source>The data file was checked and has no errors.</source>
        <translation>The data file was checked and has no errors.</translation>
    </message>
    <message>
        <source>The check found problems in the data file:
%1

Back up now, then restore the latest good backup (File → Restore from a backup…).</source>
        <translation>The check found problems in the data file:
%1

Back up now, then restore the latest good backup (File → Restore from a backup…).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language will be used from the next start of the program.</source>
        <translation>The new language will be used from the next start of the program.</translation>
    </message>
    <message>
        <source>About ThiDuaDesk</source>
        <translation>About ThiDuaDesk</translation>
    </message>
    <message>
        <source>ThiDuaDesk %1
Emulation and commendation for the district Office of Education and Training.

The program works offline and never connects to the network.
Data file: %2</source>
        <translation>ThiDuaDesk %1
Emulation and commendation for the district Office of Education and Training.

The program works offline and never connects to the network.
Data file: %2</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Start from:</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Blank plan</translation>
    </message>
    <message>
        <source>Plan for the year:</source>
        <translation>Plan for the year:</translation>
    </message>
    <message>
        <source>Years, the school year and the office's name are filled in; number and day stay blank until the plan is issued.</source>
        <translation>Years, the school year and the office's name are filled in; number and day stay blank until the plan is issued.</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ eligible</translation>
    </message>
</context>
<context>
    <name>NomineeCardDialog</name>
    <message>
        <source>Nominee: %1</source>
        <translation>Nominee: %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Proposed for</source>
        <translation>Proposed for</translation>
    </message>
    <message>
        <source>Task rating</source>
        <translation>Task rating</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Discipline</translation>
    </message>
    <message>
        <source>Council votes</source>
        <translation>Council votes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Next year</translation>
    </message>
    <message>
        <source>Awards of earlier years</source>
        <translation>Awards of earlier years</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>None recorded.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office information</source>
        <translation>Office information</translation>
    </message>
    <message>
        <source>Welcome to ThiDuaDesk. Please enter your office's details once: they are printed on every plan, list and decision. You can change them later under Settings.</source>
        <translation>Welcome to ThiDuaDesk. Please enter your office's details once: they are printed on every plan, list and decision. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>Governing body:</source>
        <translation>Governing body:</translation>
    </message>
    <message>
        <source>e.g. UBND QUẬN NAM TỪ LIÊM</source>
        <translation>e.g. UBND QUẬN NAM TỪ LIÊM</translation>
    </message>
    <message>
        <source>Office name *:</source>
        <translation>Office name *:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Abbreviation *:</source>
        <translation>Abbreviation *:</translation>
    </message>
    <message>
        <source>used in document numbers, e.g. PGDĐT</source>
        <translation>used in document numbers, e.g. PGDĐT</translation>
    </message>
    <message>
        <source>Place name *:</source>
        <translation>Place name *:</translation>
    </message>
    <message>
        <source>printed before the date, e.g. Nam Từ Liêm</source>
        <translation>printed before the date, e.g. Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Head's title:</source>
        <translation>Head's title:</translation>
    </message>
    <message>
        <source>Head's full name:</source>
        <translation>Head's full name:</translation>
    </message>
    <message>
        <source>Deputies' title:</source>
        <translation>Deputies' title:</translation>
    </message>
    <message>
        <source>One full name per line</source>
        <translation>One full name per line</translation>
    </message>
    <message>
        <source>Deputies:</source>
        <translation>Deputies:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Filed by (“Lưu:”):</source>
        <translation>Filed by (“Lưu:”):</translation>
    </message>
    <message>
        <source>e.g. VT</source>
        <translation>e.g. VT</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Print specimen papers…</source>
        <translation>Print specimen papers…</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>The office name is required.</translation>
    </message>
    <message>
        <source>The abbreviation is required (it goes into every document number).</source>
        <translation>The abbreviation is required (it goes into every document number).</translation>
    </message>
    <message>
        <source>The place name is required (it is printed before every date).</source>
        <translation>The place name is required (it is printed before every date).</translation>
    </message>
    <message>
        <source>The email address does not look right.</source>
        <translation>The email address does not look right.</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <source>+ Section</source>
        <translation>+ Section</translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation>Add a section after this one</translation>
    </message>
    <message>
        <source>+ Sub-section</source>
        <translation>+ Sub-section</translation>
    </message>
    <message>
        <source>Add a sub-section inside this section</source>
        <translation>Add a sub-section inside this section</translation>
    </message>
    <message>
        <source>+ Paragraph</source>
        <translation>+ Paragraph</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Add a paragraph</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Outdent: move out of its section</source>
        <translation>Outdent: move out of its section</translation>
    </message>
    <message>
        <source>Indent: move into the section above</source>
        <translation>Indent: move into the section above</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete this section or paragraph</source>
        <translation>Delete this section or paragraph</translation>
    </message>
    <message>
        <source>Choose a section or paragraph in the tree, or add one.</source>
        <translation>Choose a section or paragraph in the tree, or add one.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>heading, e.g. MỤC ĐÍCH, YÊU CẦU</source>
        <translation>heading, e.g. MỤC ĐÍCH, YÊU CẦU</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Heading:</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Numbering:</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>List sign:</source>
        <translation>List sign:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Bold (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Italic (Ctrl+I)</translation>
    </message>
    <message>
        <source>Enter starts a new paragraph</source>
        <translation>Enter starts a new paragraph</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Add section</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Add sub-section</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Add paragraph</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indent</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Outdent</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Edit heading</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>Change numbering</translation>
    </message>
    <message>
        <source>Change list sign</source>
        <translation>Change list sign</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Edit paragraph</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>New paragraph</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No document.</source>
        <translation>No document.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>The page as wide as the preview (Ctrl+0)</source>
        <translation>The page as wide as the preview (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>A whole page in view</source>
        <translation>A whole page in view</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>The preview could not be shown.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>e.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Full name *:</source>
        <translation>Full name *:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <source>e.g. Giáo viên, Phó Hiệu trưởng</source>
        <translation>e.g. Giáo viên, Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>year, e.g. 1985</source>
        <translation>year, e.g. 1985</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Year of birth:</translation>
    </message>
    <message>
        <source>Please enter the full name.</source>
        <translation>Please enter the full name.</translation>
    </message>
    <message>
        <source>The year of birth must be a four-digit year, e.g. 1985.</source>
        <translation>The year of birth must be a four-digit year, e.g. 1985.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>New plan created.</source>
        <translation>New plan created.</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <source>Copied for %1: check the legal bases and dates.</source>
        <translation>Copied for %1: check the legal bases and dates.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Copy created.</source>
        <translation>Copy created.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>Version %1 created as a draft; it will take a new number when issued.</source>
        <translation>Version %1 created as a draft; it will take a new number when issued.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Delete the draft “%1”? Edit → Undo (Ctrl+Z) brings it back.</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Draft deleted.</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Import a plan</translation>
    </message>
    <message>
        <source>Plans (*.docx *.txt *.md);;All files (*)</source>
        <translation>Plans (*.docx *.txt *.md);;All files (*)</translation>
    </message>
    <message>
        <source>(no complete date)</source>
        <translation>(no complete date)</translation>
    </message>
    <message>
        <source>The file carries No. %1 dated %2.

Is it a document the office has already issued? It is then kept with its number and date, locked, and entered in the outgoing register.

Or is it the start of a new draft? The number and the day are then cleared (month and year are kept) and the plan takes a new number when it is issued.</source>
        <translation>The file carries No. %1 dated %2.

Is it a document the office has already issued? It is then kept with its number and date, locked, and entered in the outgoing register.

Or is it the start of a new draft? The number and the day are then cleared (month and year are kept) and the plan takes a new number when it is issued.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Already issued</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Imported %1 as issued: No. %2 dated %3, entered in the outgoing register.</source>
        <translation>Imported %1 as issued: No. %2 dated %3, entered in the outgoing register.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>The plan was imported. Please check:</source>
        <translation>The plan was imported. Please check:</translation>
    </message>
    <message>
        <source>Issue plan</source>
        <translation>Issue plan</translation>
    </message>
    <message>
        <source>Issue the plan as it is?</source>
        <translation>Issue the plan as it is?</translation>
    </message>
    <message>
        <source>The issue date %1 is unusual (%2). A number once given stays in the register for good. Issue with this date?</source>
        <translation>The issue date %1 is unusual (%2). A number once given stays in the register for good. Issue with this date?</translation>
    </message>
    <message>
        <source>Issued as No. %1 dated %2 and entered in the outgoing register.</source>
        <translation>Issued as No. %1 dated %2 and entered in the outgoing register.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>Recipients and signer</source>
        <translation>Recipients and signer</translation>
    </message>
    <message>
        <source>The plan is issued and locked: its text stays as signed. To change it, make a new version.</source>
        <translation>The plan is issued and locked: its text stays as signed. To change it, make a new version.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>I. II. III. (Roman)</source>
        <translation>I. II. III. (Roman)</translation>
    </message>
    <message>
        <source>1. 2. 3. (Arabic)</source>
        <translation>1. 2. 3. (Arabic)</translation>
    </message>
    <message>
        <source>1.1. 1.2. (decimal)</source>
        <translation>1.1. 1.2. (decimal)</translation>
    </message>
    <message>
        <source>a) b) c) (letters)</source>
        <translation>a) b) c) (letters)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>No number</translation>
    </message>
    <message>
        <source>Annual emulation movement plan</source>
        <translation>Annual emulation movement plan</translation>
    </message>
    <message>
        <source>Annual emulation and commendation work plan (with timetable appendix)</source>
        <translation>Annual emulation and commendation work plan (with timetable appendix)</translation>
    </message>
    <message>
        <source>Themed emulation campaign (Teachers' Day 20/11)</source>
        <translation>Themed emulation campaign (Teachers' Day 20/11)</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>No./symbol</source>
        <translation>No./symbol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <source>Search plans (no accents needed)</source>
        <translation>Search plans (no accents needed)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>New plan from a template</source>
        <translation>New plan from a template</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>Copy to next year</translation>
    </message>
    <message>
        <source>Copy the selected plan for the next year: years moved forward, number and date cleared</source>
        <translation>Copy the selected plan for the next year: years moved forward, number and date cleared</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Import a plan from a .docx, .txt or .md file</source>
        <translation>Import a plan from a .docx, .txt or .md file</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>A new draft copied from the selected plan</source>
        <translation>A new draft copied from the selected plan</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>New version</translation>
    </message>
    <message>
        <source>A new draft version of an issued plan, to be issued with a new number</source>
        <translation>A new draft version of an issued plan, to be issued with a new number</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Delete the selected draft (Edit → Undo brings it back)</source>
        <translation>Delete the selected draft (Edit → Undo brings it back)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save now (drafts are also saved automatically)</source>
        <translation>Save now (drafts are also saved automatically)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>Give the plan its number from the outgoing register and lock it</source>
        <translation>Give the plan its number from the outgoing register and lock it</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <source>Save the plan as a Word document (.docx)</source>
        <translation>Save the plan as a Word document (.docx)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>No plan open</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>Issued — No. %1 dated %2. The plan is locked; to change it, make a new version.</source>
        <translation>Issued — No. %1 dated %2. The plan is locked; to change it, make a new version.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>The changes to this plan could not be saved:
%1

They are still in the editor; the plan stays open. Try Save again (Ctrl+S).</source>
        <translation>The changes to this plan could not be saved:
%1

They are still in the editor; the plan stays open. Try Save again (Ctrl+S).</translation>
    </message>
    <message>
        <source>Choose a plan on the left, or make a new one (Ctrl+N).</source>
        <translation>Choose a plan on the left, or make a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>The preview could not be drawn: %1</translation>
    </message>
    <message>
        <source>Preview — archived copy as issued</source>
        <translation>Preview — archived copy as issued</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Draft restored.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>ThiDuaDesk backups (*.sqlite)</source>
        <translation>ThiDuaDesk backups (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Recently deleted</translation>
    </message>
    <message>
        <source>Deleted since the program was opened; a restored item comes back as it was.</source>
        <translation>Deleted since the program was opened; a restored item comes back as it was.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Edit recipient</source>
        <translation>Edit recipient</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>No. and symbol</source>
        <translation>No. and symbol</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type and title</source>
        <translation>Type and title</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>File copy</source>
        <translation>File copy</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>Issued from the Plans tab</source>
        <translation>Issued from the Plans tab</translation>
    </message>
    <message>
        <source>Issued by ThiDuaDesk</source>
        <translation>Issued by ThiDuaDesk</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Add document…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <source>Enter a document issued outside ThiDuaDesk so the numbers stay one sequence</source>
        <translation>Enter a document issued outside ThiDuaDesk so the numbers stay one sequence</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Record the date sent, copies or notes</source>
        <translation>Record the date sent, copies or notes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete a document entered by hand</source>
        <translation>Delete a document entered by hand</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <source>The register of the year as a landscape table: preview, print, save</source>
        <translation>The register of the year as a landscape table: preview, print, save</translation>
    </message>
    <message>
        <source>Search number, title, signer, recipients…</source>
        <translation>Search number, title, signer, recipients…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1 documents shown · next number in %2: %3</source>
        <translation>%1 documents shown · next number in %2: %3</translation>
    </message>
    <message>
        <source>%1 documents shown</source>
        <translation>%1 documents shown</translation>
    </message>
    <message>
        <source>Documents issued by ThiDuaDesk stay in the register.</source>
        <translation>Documents issued by ThiDuaDesk stay in the register.</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Its number becomes free again only if it is the last one.</source>
        <translation>Delete %1 from the register? Its number becomes free again only if it is the last one.</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>Print register</translation>
    </message>
    <message>
        <source>Outgoing register %1</source>
        <translation>Outgoing register %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The current data file is kept aside as a backup (“before a restore”) so the restore can itself be undone.</source>
        <translation>Choose the copy to go back to. The current data file is kept aside as a backup (“before a restore”) so the restore can itself be undone.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — damaged, cannot be restored</translation>
    </message>
    <message>
        <source>No backups found. Use “Other file…” to choose one.</source>
        <translation>No backups found. Use “Other file…” to choose one.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Other file…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 KB)</source>
        <translation>%1 — %2 (%3 KB)</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <source>Print specimen papers</source>
        <translation>Print specimen papers</translation>
    </message>
    <message>
        <source>Plan (kế hoạch)</source>
        <translation>Plan (kế hoạch)</translation>
    </message>
    <message>
        <source>Official letter (công văn)</source>
        <translation>Official letter (công văn)</translation>
    </message>
    <message>
        <source>Submission (tờ trình)</source>
        <translation>Submission (tờ trình)</translation>
    </message>
    <message>
        <source>Council minutes (biên bản)</source>
        <translation>Council minutes (biên bản)</translation>
    </message>
    <message>
        <source>Decision with its attached list (quyết định)</source>
        <translation>Decision with its attached list (quyết định)</translation>
    </message>
    <message>
        <source>List (danh sách)</source>
        <translation>List (danh sách)</translation>
    </message>
    <message>
        <source>A specimen shows the office header, the signers and the page layout with sample wording, to check them and the printer before the first real paper. It uses the office information as saved.</source>
        <translation>A specimen shows the office header, the signers and the page layout with sample wording, to check them and the printer before the first real paper. It uses the office information as saved.</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>StartupPanel</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Overdue: %1 · due today: %2 · next 7 days: %3</source>
        <translation>Overdue: %1 · due today: %2 · next 7 days: %3</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Next 7 days</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Guided by</source>
        <translation>Guided by</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Edit timetable</source>
        <translation>Edit timetable</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>e.g. Tiến độ thực hiện</source>
        <translation>e.g. Tiến độ thực hiện</translation>
    </message>
    <message>
        <source>Print as an appendix</source>
        <translation>Print as an appendix</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Row</translation>
    </message>
    <message>
        <source>Add a row after the current one</source>
        <translation>Add a row after the current one</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Rows with the same group are printed under one group heading (e.g. Quý I - 2024).</source>
        <translation>Rows with the same group are printed under one group heading (e.g. Quý I - 2024).</translation>
    </message>
    <message>
        <source>Edit timetable title</source>
        <translation>Edit timetable title</translation>
    </message>
    <message>
        <source>Timetable as appendix</source>
        <translation>Timetable as appendix</translation>
    </message>
    <message>
        <source>Add timetable row</source>
        <translation>Add timetable row</translation>
    </message>
    <message>
        <source>Remove timetable row</source>
        <translation>Remove timetable row</translation>
    </message>
    <message>
        <source>Move timetable row</source>
        <translation>Move timetable row</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <source>e.g. Trường THCS Đức Thắng</source>
        <translation>e.g. Trường THCS Đức Thắng</translation>
    </message>
    <message>
        <source>Unit name *:</source>
        <translation>Unit name *:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>choose or type, e.g. Cụm 1</source>
        <translation>choose or type, e.g. Cụm 1</translation>
    </message>
    <message>
        <source>Emulation cluster:</source>
        <translation>Emulation cluster:</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Principal:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>The unit is active</source>
        <translation>The unit is active</translation>
    </message>
    <message>
        <source>Please enter the unit name.</source>
        <translation>Please enter the unit name.</translation>
    </message>
    <message>
        <source>The email address does not look right.</source>
        <translation>The email address does not look right.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Filter units…</source>
        <translation>Filter units…</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>%1 of %2 chosen</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Emulation cluster</source>
        <translation>Emulation cluster</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
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
    <name>UnitsTab</name>
    <message>
        <source>Search units: name, cluster, principal… (no accents needed)</source>
        <translation>Search units: name, cluster, principal… (no accents needed)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Active units only</source>
        <translation>Active units only</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Add unit…</translation>
    </message>
    <message>
        <source>Add a unit (Ctrl+N)</source>
        <translation>Add a unit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter or double-click)</source>
        <translation>Edit the selected unit (Enter or double-click)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected unit (Del)</source>
        <translation>Delete the selected unit (Del)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>People of the unit</source>
        <translation>People of the unit</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>%1 units shown</source>
        <translation>%1 units shown</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>All clusters</translation>
    </message>
    <message>
        <source>(no cluster)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation>No units yet</translation>
    </message>
    <message>
        <source>Add the schools of the district one by one with “Add unit…”, or bring in a whole list with “Import from Excel…”.</source>
        <translation>Add the schools of the district one by one with “Add unit…”, or bring in a whole list with “Import from Excel…”.</translation>
    </message>
    <message>
        <source>No unit matches “%1”</source>
        <translation>No unit matches “%1”</translation>
    </message>
    <message>
        <source>Check the spelling or clear the filters. Accents are not needed: “duc” finds “Đức”.</source>
        <translation>Check the spelling or clear the filters. Accents are not needed: “duc” finds “Đức”.</translation>
    </message>
    <message>
        <source>No unit matches the filters</source>
        <translation>No unit matches the filters</translation>
    </message>
    <message>
        <source>Choose “All levels” and “All clusters”, or untick “Active units only”.</source>
        <translation>Choose “All levels” and “All clusters”, or untick “Active units only”.</translation>
    </message>
    <message>
        <source>Select a unit to see its people.</source>
        <translation>Select a unit to see its people.</translation>
    </message>
    <message>
        <source>%1 — %2 people</source>
        <translation>%1 — %2 people</translation>
    </message>
    <message>
        <source>Delete the unit “%1” and the %2 people belonging to it?</source>
        <translation>Delete the unit “%1” and the %2 people belonging to it?</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Delete the unit “%1”?</translation>
    </message>
    <message>
        <source>%1 other linked records go with it.</source>
        <translation>%1 other linked records go with it.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the change log; the daily backup still holds the old data.</source>
        <translation>The deletion is recorded in the change log; the daily backup still holds the old data.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Import units from Excel</source>
        <translation>Import units from Excel</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
    <message>
        <source>Export units to Excel</source>
        <translation>Export units to Excel</translation>
    </message>
    <message>
        <source>units.xlsx</source>
        <translation>units.xlsx</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Cannot write the file %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 units to %2.</source>
        <translation>Saved %1 units to %2.</translation>
    </message>
    <message>
        <source>Delete “%1” from the unit's people?</source>
        <translation>Delete “%1” from the unit's people?</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <source>Council votes</source>
        <translation>Council votes</translation>
    </message>
    <message>
        <source>Votes of the emulation and commendation council for %1 proposals. The threshold counts all members of the council, present or not.</source>
        <translation>Votes of the emulation and commendation council for %1 proposals. The threshold counts all members of the council, present or not.</translation>
    </message>
    <message>
        <source>Council members:</source>
        <translation>Council members:</translation>
    </message>
    <message>
        <source>Votes in favour:</source>
        <translation>Votes in favour:</translation>
    </message>
</context>
<context>
    <name>YearSettingsDialog</name>
    <message>
        <source>Settings of the school year %1</source>
        <translation>Settings of the school year %1</translation>
    </message>
    <message>
        <source>Judged by: %1. The values start at that regime's defaults; change them where the province's regulation says otherwise.</source>
        <translation>Judged by: %1. The values start at that regime's defaults; change them where the province's regulation says otherwise.</translation>
    </message>
    <message>
        <source>Tập thể LĐTT: members who are LĐTT, at least (%):</source>
        <translation>Tập thể LĐTT: members who are LĐTT, at least (%):</translation>
    </message>
    <message>
        <source>Tập thể LĐXS: members who are LĐTT, at least (%):</source>
        <translation>Tập thể LĐXS: members who are LĐTT, at least (%):</translation>
    </message>
    <message>
        <source>Council votes needed, of all members (%):</source>
        <translation>Council votes needed, of all members (%):</translation>
    </message>
    <message>
        <source>Votes needed for CSTĐ cấp tỉnh and above (%):</source>
        <translation>Votes needed for CSTĐ cấp tỉnh and above (%):</translation>
    </message>
    <message>
        <source>CSTĐCS at most, of the unit's LĐTT (%; 0 = no cap):</source>
        <translation>CSTĐCS at most, of the unit's LĐTT (%; 0 = no cap):</translation>
    </message>
    <message>
        <source>Base salary (mức lương cơ sở):</source>
        <translation>Base salary (mức lương cơ sở):</translation>
    </message>
    <message>
        <source>Cash amounts rounded up to:</source>
        <translation>Cash amounts rounded up to:</translation>
    </message>
</context>
</TS>
