<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_GB">
<context>
    <name>AwardImportDialog</name>
    <message>
        <source>Import award list</source>
        <translation>Nhập danh sách khen thưởng</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>These awards were already conferred (history of that year)</source>
        <translation>Đây là các khen thưởng đã được quyết định (lịch sử của năm học đó)</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <source>Columns (found by their headers; change them if the file is laid out otherwise)</source>
        <translation>Các cột (tìm theo tiêu đề; chọn lại nếu tệp trình bày khác)</translation>
    </message>
    <message>
        <source>The row with the column headers (0: the data starts on row 1)</source>
        <translation>Dòng tiêu đề cột (0: dữ liệu bắt đầu từ dòng 1)</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Read again with these columns</source>
        <translation>Đọc lại theo các cột này</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Task rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>The sheet has no rows under its headers.</source>
        <translation>Trang tính không có dòng nào dưới dòng tiêu đề.</translation>
    </message>
    <message>
        <source>%1 rows read; %2 have errors (in red). Nothing is imported until every row is right: correct the file, or the columns above, and read it again.</source>
        <translation>Đã đọc %1 dòng; %2 dòng có lỗi (tô đỏ). Chưa nhập gì cho đến khi mọi dòng đều đúng: hãy sửa tệp hoặc chọn lại các cột ở trên rồi đọc lại.</translation>
    </message>
    <message>
        <source>%1 rows read, no errors.</source>
        <translation>Đã đọc %1 dòng, không có lỗi.</translation>
    </message>
    <message>
        <source>Create the %1 units not yet in the unit list: %2</source>
        <translation>Tạo %1 đơn vị chưa có trong danh sách đơn vị: %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Chưa nhập dòng nào:</translation>
    </message>
    <message>
        <source>%1 rows imported.</source>
        <translation>Đã nhập %1 dòng.</translation>
    </message>
    <message>
        <source>Units created: %1</source>
        <translation>Đã tạo đơn vị: %1</translation>
    </message>
</context>
<context>
    <name>AwardLabels</name>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>Reviewed by the council</source>
        <translation>Hội đồng đã xét</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Đã quyết định</translation>
    </message>
    <message>
        <source>Excellent (HTXSNV)</source>
        <translation>Hoàn thành xuất sắc (HTXSNV)</translation>
    </message>
    <message>
        <source>Good (HTTNV)</source>
        <translation>Hoàn thành tốt (HTTNV)</translation>
    </message>
    <message>
        <source>Completed (HTNV)</source>
        <translation>Hoàn thành (HTNV)</translation>
    </message>
    <message>
        <source>Not completed (KHTNV)</source>
        <translation>Không hoàn thành (KHTNV)</translation>
    </message>
    <message>
        <source>base level</source>
        <translation>cấp cơ sở</translation>
    </message>
    <message>
        <source>district level</source>
        <translation>cấp huyện</translation>
    </message>
    <message>
        <source>provincial level</source>
        <translation>cấp tỉnh</translation>
    </message>
    <message>
        <source>national level</source>
        <translation>toàn quốc</translation>
    </message>
</context>
<context>
    <name>AwardsTab</name>
    <message>
        <source>Search by name, unit or position (tones optional)</source>
        <translation>Tìm theo họ tên, đơn vị, chức vụ (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>By award</source>
        <translation>Theo hình thức</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Nhập danh sách…</translation>
    </message>
    <message>
        <source>Read a school&apos;s list (.xlsx, .xls, .ods); nothing is stored until you confirm</source>
        <translation>Đọc danh sách của trường (.xlsx, .xls, .ods); chưa lưu gì cho đến khi bạn xác nhận</translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation>Xét điều kiện</translation>
    </message>
    <message>
        <source>Check every proposal of the year against the law in force at its end and mark it eligible or not</source>
        <translation>Xét mọi đề nghị của năm học theo quy định có hiệu lực khi năm học kết thúc và đánh dấu đủ hay không đủ điều kiện</translation>
    </message>
    <message>
        <source>Council votes…</source>
        <translation>Ghi phiếu Hội đồng…</translation>
    </message>
    <message>
        <source>Record decision…</source>
        <translation>Ghi quyết định…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In văn bản</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Save blank template…</source>
        <translation>Lưu mẫu danh sách…</translation>
    </message>
    <message>
        <source>Year settings…</source>
        <translation>Thiết lập năm học…</translation>
    </message>
    <message>
        <source>Percentages, vote thresholds, cap and base salary of the school year</source>
        <translation>Tỷ lệ, ngưỡng phiếu, giới hạn và mức lương cơ sở của năm học</translation>
    </message>
    <message>
        <source>School year:</source>
        <translation>Năm học:</translation>
    </message>
    <message>
        <source>Proposal list (danh sách)…</source>
        <translation>Danh sách đề nghị khen thưởng…</translation>
    </message>
    <message>
        <source>Submission (tờ trình)…</source>
        <translation>Tờ trình…</translation>
    </message>
    <message>
        <source>Council minutes (biên bản)…</source>
        <translation>Biên bản họp Hội đồng…</translation>
    </message>
    <message>
        <source>Decision (quyết định)…</source>
        <translation>Quyết định khen thưởng…</translation>
    </message>
    <message>
        <source>Issue the submission (number from the register)…</source>
        <translation>Ban hành tờ trình (lấy số văn bản đi)…</translation>
    </message>
    <message>
        <source>Issue the minutes (number from the register)…</source>
        <translation>Ban hành biên bản (lấy số văn bản đi)…</translation>
    </message>
    <message>
        <source>Issue the decision with its list (number from the register)…</source>
        <translation>Ban hành quyết định kèm danh sách (lấy số văn bản đi)…</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Chưa đạt</translation>
    </message>
    <message>
        <source>All awards</source>
        <translation>Mọi hình thức</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Eligible or not</source>
        <translation>Đủ và chưa đủ điều kiện</translation>
    </message>
    <message>
        <source>Eligible only</source>
        <translation>Chỉ đủ điều kiện</translation>
    </message>
    <message>
        <source>Failing only</source>
        <translation>Chỉ chưa đạt</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>%1 of %2 proposals shown</source>
        <translation>Hiển thị %1 / %2 đề nghị</translation>
    </message>
    <message>
        <source>No row is selected. Apply to all %1 proposals the list shows?</source>
        <translation>Chưa chọn dòng nào. Áp dụng cho cả %1 đề nghị đang hiển thị?</translation>
    </message>
    <message>
        <source>Open card…</source>
        <translation>Xem hồ sơ…</translation>
    </message>
    <message>
        <source>Delete proposal</source>
        <translation>Xoá đề nghị</translation>
    </message>
    <message>
        <source>%1 proposals checked by the rules in force for %2: %3 eligible, %4 not eligible.</source>
        <translation>Đã xét %1 đề nghị theo quy định áp dụng cho năm học %2: %3 đủ điều kiện, %4 không đủ điều kiện.</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>Người được đề nghị</translation>
    </message>
    <message>
        <source>Council votes</source>
        <translation>Phiếu Hội đồng</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <source>Year settings</source>
        <translation>Thiết lập năm học</translation>
    </message>
    <message>
        <source>Delete %1 selected proposals? Decided ones cannot be deleted.</source>
        <translation>Xoá %1 đề nghị đã chọn? Đề nghị đã có quyết định thì không xoá được.</translation>
    </message>
    <message>
        <source>Import award list</source>
        <translation>Nhập danh sách khen thưởng</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods)</source>
        <translation>Bảng tính (*.xlsx *.xlsm *.xls *.ods)</translation>
    </message>
    <message>
        <source>Issue it with the next number of the outgoing register, dated today? An issued paper is locked and archived as it prints now.</source>
        <translation>Ban hành với số tiếp theo trong sổ văn bản đi, đề ngày hôm nay? Văn bản đã ban hành được khoá và lưu trữ đúng như bản in lúc này.</translation>
    </message>
    <message>
        <source>Issued as No. %1.</source>
        <translation>Đã ban hành, số %1.</translation>
    </message>
    <message>
        <source>Issued as No. %1. Record its %2 proposals as decided by this decision?</source>
        <translation>Đã ban hành, số %1. Ghi %2 đề nghị trong quyết định này là đã quyết định khen thưởng?</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>The list was saved to %1.</source>
        <translation>Đã lưu danh sách vào %1.</translation>
    </message>
    <message>
        <source>Save blank template</source>
        <translation>Lưu mẫu danh sách</translation>
    </message>
    <message>
        <source>The blank list for the schools was saved to %1.</source>
        <translation>Đã lưu mẫu danh sách (để gửi các trường) vào %1.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>■ overdue   ▲ due within 7 days   ○ later   ✓ all received   pink: public holiday</source>
        <translation>■ quá hạn   ▲ đến hạn trong 7 ngày   ○ hạn sau   ✓ đã nộp đủ   nền hồng: ngày lễ</translation>
    </message>
    <message>
        <source>Day off…</source>
        <translation>Ngày nghỉ…</translation>
    </message>
    <message>
        <source>Mark the chosen day as a day off</source>
        <translation>Đánh dấu ngày đang chọn là ngày nghỉ</translation>
    </message>
    <message>
        <source>Mark it as a working day (holiday worked, make-up Saturday)</source>
        <translation>Đánh dấu là ngày làm việc (đi làm ngày lễ, thứ Bảy làm bù)</translation>
    </message>
    <message>
        <source>Back to the official calendar</source>
        <translation>Trở lại lịch chính thức</translation>
    </message>
    <message>
        <source>Days off of the year…</source>
        <translation>Ngày nghỉ trong năm…</translation>
    </message>
    <message>
        <source>Read deadlines from a file…</source>
        <translation>Đọc hạn từ văn bản…</translation>
    </message>
    <message>
        <source>Take deadlines from a plan…</source>
        <translation>Lấy hạn từ kế hoạch…</translation>
    </message>
    <message>
        <source>New deadline…</source>
        <translation>Thêm hạn…</translation>
    </message>
    <message>
        <source>Yearly date…</source>
        <translation>Ngày hằng năm…</translation>
    </message>
    <message>
        <source>A day that comes back every year, such as 20/11</source>
        <translation>Một ngày lặp lại mỗi năm, như 20/11</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Xuất tệp .ics…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>In danh sách hạn…</translation>
    </message>
    <message>
        <source>Use the previous working day</source>
        <translation>Dùng ngày làm việc trước đó</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Ngày nhận:</translation>
    </message>
    <message>
        <source>Print reminder to the late units…</source>
        <translation>In công văn đôn đốc đơn vị chưa nộp…</translation>
    </message>
    <message>
        <source>Issue the reminder…</source>
        <translation>Ban hành công văn đôn đốc…</translation>
    </message>
    <message>
        <source>No deadline chosen.</source>
        <translation>Chưa chọn hạn nào.</translation>
    </message>
    <message>
        <source>The office&apos;s own task: no unit must submit it.</source>
        <translation>Việc của Phòng: không đơn vị nào phải nộp.</translation>
    </message>
    <message>
        <source>%1/%2 units have sent it</source>
        <translation>%1/%2 đơn vị đã nộp</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Lịch hạn</translation>
    </message>
    <message>
        <source>Write the date received as dd/MM/yyyy.</source>
        <translation>Hãy ghi ngày nhận dạng dd/MM/yyyy.</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Reminder letter</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <source>Issue the reminder</source>
        <translation>Ban hành công văn đôn đốc</translation>
    </message>
    <message>
        <source>Give the reminder the next number of the outgoing register and lock it?</source>
        <translation>Lấy số tiếp theo trong sổ văn bản đi cho công văn đôn đốc và khoá lại?</translation>
    </message>
    <message>
        <source>Deadline list</source>
        <translation>Danh sách hạn</translation>
    </message>
    <message>
        <source>There is no plan yet.</source>
        <translation>Chưa có kế hoạch nào.</translation>
    </message>
    <message>
        <source>Take deadlines from a plan</source>
        <translation>Lấy hạn từ kế hoạch</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>No deadline or milestone was found in this plan.</source>
        <translation>Không tìm thấy hạn hay mốc thời gian nào trong kế hoạch này.</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Xuất lịch hạn</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>Read deadlines from a plan or a letter</source>
        <translation>Đọc hạn từ kế hoạch hoặc văn bản đến</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md)</source>
        <translation>Văn bản (*.pdf *.docx *.txt *.md)</translation>
    </message>
    <message>
        <source>No deadline or milestone was found in this file.</source>
        <translation>Không tìm thấy hạn hay mốc thời gian nào trong tệp này.</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>Bỏ hạn nộp</translation>
    </message>
    <message>
        <source>Take «%1» off the calendar?</source>
        <translation>Bỏ «%1» khỏi lịch hạn?</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Recipients (“Nơi nhận”)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Add usual recipient</source>
        <translation>Thêm nơi nhận thường dùng</translation>
    </message>
    <message>
        <source>+ Recipient</source>
        <translation>+ Nơi nhận</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Usual signers:</source>
        <translation>Người ký thường dùng:</translation>
    </message>
    <message>
        <source>KT. = a deputy signs for the head; TM. = on behalf of a body; Q. = acting; TL., TUQ.</source>
        <translation>KT. = cấp phó ký thay cấp trưởng; TM. = thay mặt tập thể; Q. = quyền; TL. = thừa lệnh; TUQ. = thừa ủy quyền</translation>
    </message>
    <message>
        <source>Edit signer</source>
        <translation>Sửa người ký</translation>
    </message>
    <message>
        <source>the head&apos;s title after KT., e.g. Trưởng phòng</source>
        <translation>chức danh người đứng đầu sau KT., ví dụ: Trưởng phòng</translation>
    </message>
    <message>
        <source>e.g. Phó Trưởng phòng</source>
        <translation>ví dụ: Phó Trưởng phòng</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Họ tên:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Add recipient</source>
        <translation>Thêm nơi nhận</translation>
    </message>
    <message>
        <source>Remove recipient</source>
        <translation>Xóa nơi nhận</translation>
    </message>
    <message>
        <source>Move recipient</source>
        <translation>Di chuyển nơi nhận</translation>
    </message>
    <message>
        <source>Choose signer</source>
        <translation>Chọn người ký</translation>
    </message>
</context>
<context>
    <name>ConfirmDeadlinesDialog</name>
    <message>
        <source>The office itself</source>
        <translation>Việc của Phòng</translation>
    </message>
    <message>
        <source>%1 units chosen</source>
        <translation>%1 đơn vị đã chọn</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Deadlines found</source>
        <translation>Các hạn tìm thấy</translation>
    </message>
    <message>
        <source>Deadlines and milestones found in «%1». Untick what should not go to the calendar; dates and titles can be changed.</source>
        <translation>Các hạn và mốc thời gian tìm thấy trong «%1». Bỏ chọn những dòng không đưa vào lịch; có thể sửa ngày và nội dung.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Who must submit</source>
        <translation>Đơn vị phải nộp</translation>
    </message>
    <message>
        <source>Row %1: the date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</source>
        <translation>Dòng %1: ngày không đúng dạng ngày (dd/MM/yyyy) hay tháng (MM/yyyy).</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>The report below was also saved to:
%1</source>
        <translation>Báo cáo dưới đây cũng đã được lưu vào tệp:
%1</translation>
    </message>
    <message>
        <source>The report could not be saved to a file; please copy it.</source>
        <translation>Không lưu được báo cáo ra tệp; hãy sao chép lại.</translation>
    </message>
    <message>
        <source>ThiDuaDesk met an unexpected error. Data saved before the error is safe; the last action may not have been completed. Please copy this report and send it to the person who supports the program.</source>
        <translation>ThiDuaDesk gặp một lỗi không mong muốn. Dữ liệu đã lưu trước khi lỗi vẫn an toàn; thao tác vừa làm có thể chưa hoàn tất. Hãy sao chép báo cáo này và gửi cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
</context>
<context>
    <name>DaysOffDialog</name>
    <message>
        <source>Days off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên ngày</translation>
    </message>
    <message>
        <source>Name of the day off</source>
        <translation>Tên ngày nghỉ</translation>
    </message>
    <message>
        <source>Day off</source>
        <translation>Ngày nghỉ</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>Ngày làm việc</translation>
    </message>
    <message>
        <source>As officially</source>
        <translation>Theo lịch chính thức</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>office&apos;s own</source>
        <translation>việc của Phòng</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Ngày làm bù</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 hạn khác</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <source>Yearly date</source>
        <translation>Ngày hằng năm</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Thêm hạn nộp</translation>
    </message>
    <message>
        <source>dd/MM/yyyy, or MM/yyyy for a month</source>
        <translation>dd/MM/yyyy, hoặc MM/yyyy cho cả tháng</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Hạn:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>Units chosen in the list</source>
        <translation>Các đơn vị chọn trong danh sách</translation>
    </message>
    <message>
        <source>The office itself (no unit submits)</source>
        <translation>Việc của Phòng (không đơn vị nào nộp)</translation>
    </message>
    <message>
        <source>Tick at least one unit in the list.</source>
        <translation>Hãy đánh dấu ít nhất một đơn vị trong danh sách.</translation>
    </message>
    <message>
        <source>A yearly date is a day (dd/MM/yyyy), not a month.</source>
        <translation>Ngày hằng năm phải là một ngày (dd/MM/yyyy), không phải một tháng.</translation>
    </message>
    <message>
        <source>The last year comes before the first.</source>
        <translation>Năm cuối đứng trước năm đầu.</translation>
    </message>
    <message>
        <source>Who must submit:</source>
        <translation>Đơn vị phải nộp:</translation>
    </message>
    <message>
        <source>Every year on this day, until</source>
        <translation>Lặp lại ngày này hằng năm, đến năm</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Lặp lại:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>The date is not a day (dd/MM/yyyy) or a month (MM/yyyy).</source>
        <translation>Ngày không đúng dạng ngày (dd/MM/yyyy) hay tháng (MM/yyyy).</translation>
    </message>
    <message>
        <source>Write what is due.</source>
        <translation>Hãy ghi nội dung phải nộp.</translation>
    </message>
</context>
<context>
    <name>DeadlineListModel</name>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Moved to (Art. 148)</source>
        <translation>Chuyển hạn sang (Đ.148)</translation>
    </message>
    <message>
        <source>office&apos;s own</source>
        <translation>việc của Phòng</translation>
    </message>
    <message>
        <source>%1/%2 units</source>
        <translation>%1/%2 đơn vị</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record decision</source>
        <translation>Ghi quyết định</translation>
    </message>
    <message>
        <source>The decision that confers the %1 chosen proposals. They are marked decided and kept as awards conferred, which the rules of the next years read.</source>
        <translation>Quyết định khen thưởng cho %1 đề nghị đã chọn. Các đề nghị được đánh dấu đã quyết định và lưu thành khen thưởng đã có, để xét điều kiện các năm sau.</translation>
    </message>
    <message>
        <source>e.g. 1234/QĐ-UBND</source>
        <translation>ví dụ 1234/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision number:</source>
        <translation>Số quyết định:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Enter the decision&apos;s number.</source>
        <translation>Hãy nhập số quyết định.</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Recently &amp;deleted…</source>
        <translation>Mục đã &amp;xoá gần đây…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Hoàn tác việc xoá</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
    <message>
        <source>Restored: %1</source>
        <translation>Đã khôi phục %1</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it.</source>
        <translation>Bấm Ctrl+Z để hoàn tác.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Register entry</source>
        <translation>Văn bản trong sổ</translation>
    </message>
    <message>
        <source>Add a document to the register</source>
        <translation>Thêm văn bản vào sổ</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <source>e.g. KH-PGDĐT or PGDĐT-TĐKT</source>
        <translation>ví dụ: KH-PGDĐT hoặc PGDĐT-TĐKT</translation>
    </message>
    <message>
        <source>Number / symbol:</source>
        <translation>Số / ký hiệu:</translation>
    </message>
    <message>
        <source>title (trích yếu), e.g. V/v đôn đốc nộp báo cáo sơ kết</source>
        <translation>trích yếu, ví dụ: V/v đôn đốc nộp báo cáo sơ kết</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>separate with ; e.g. Các trường trực thuộc; Lưu: VT</source>
        <translation>ngăn cách bằng dấu ; ví dụ: Các trường trực thuộc; Lưu: VT</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>File copy kept by:</source>
        <translation>Đơn vị, người nhận bản lưu:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Đã chuyển ngày</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Ngày chuyển:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>Issued from the Plans tab: number, date and title are fixed.</source>
        <translation>Ban hành từ thẻ Kế hoạch: số, ngày và trích yếu không sửa được.</translation>
    </message>
    <message>
        <source>Issued by ThiDuaDesk: number, date and title are fixed.</source>
        <translation>Do ThiDuaDesk ban hành: số, ngày và trích yếu không sửa được.</translation>
    </message>
    <message>
        <source>Next free number in %1: %2</source>
        <translation>Số tiếp theo còn trống năm %1: %2</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>The phone number does not look right: a mobile number has 10 digits starting with 0 (e.g. 0912 345 678), a landline 11 digits with its area code (e.g. 024 3837 0123); +84 may stand for the first 0.</source>
        <translation>Số điện thoại chưa đúng: số di động gồm 10 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678); số máy bàn gồm 11 chữ số kể cả mã vùng (ví dụ 024 3837 0123); có thể viết +84 thay cho số 0 đầu.</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>e.g. Công tác thi đua, khen thưởng năm 2024</source>
        <translation>ví dụ: Công tác thi đua, khen thưởng năm 2024</translation>
    </message>
    <message>
        <source>Edit title</source>
        <translation>Sửa trích yếu</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Trích yếu:</translation>
    </message>
    <message>
        <source>Edit symbol</source>
        <translation>Sửa ký hiệu</translation>
    </message>
    <message>
        <source>No.:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>place, e.g. Nam Từ Liêm</source>
        <translation>địa danh, ví dụ Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Edit place</source>
        <translation>Sửa địa danh</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày tháng:</translation>
    </message>
    <message>
        <source>Day and month stay blank until the plan is signed; issuing fills them in.</source>
        <translation>Ngày và tháng để trống cho đến khi ký; khi ban hành sẽ được điền vào.</translation>
    </message>
    <message>
        <source>e.g. UBND QUẬN NAM TỪ LIÊM</source>
        <translation>ví dụ: UBND QUẬN NAM TỪ LIÊM</translation>
    </message>
    <message>
        <source>Edit governing body</source>
        <translation>Sửa cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Governing body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>ví dụ: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Edit office name</source>
        <translation>Sửa tên cơ quan</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>One legal basis per line, e.g. Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;</source>
        <translation>Mỗi dòng một căn cứ, ví dụ: Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 của …;</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Căn cứ:</translation>
    </message>
    <message>
        <source>Bases checked</source>
        <translation>Đã kiểm tra căn cứ</translation>
    </message>
    <message>
        <source>The marked bases are right for this year: take the marks off</source>
        <translation>Các căn cứ được đánh dấu đã đúng cho năm nay: bỏ đánh dấu</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>(given when issued) /</source>
        <translation>(cấp khi ban hành) /</translation>
    </message>
    <message>
        <source>%1 bases (tinted) were copied from last year&apos;s plan and may cite last year&apos;s documents: correct them, or confirm they are right.</source>
        <translation>%1 căn cứ (tô vàng) được chép từ kế hoạch năm trước, có thể vẫn dẫn văn bản của năm cũ: hãy sửa lại, hoặc xác nhận là đã đúng.</translation>
    </message>
    <message>
        <source>Confirm legal bases</source>
        <translation>Xác nhận căn cứ</translation>
    </message>
    <message>
        <source>Edit date</source>
        <translation>Sửa ngày tháng</translation>
    </message>
    <message>
        <source>Edit legal bases</source>
        <translation>Sửa căn cứ</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Close this window and lose what you typed?</source>
        <translation>Đóng cửa sổ này và bỏ những gì đã nhập?</translation>
    </message>
</context>
<context>
    <name>GuiSession</name>
    <message>
        <source>Restored from %1. The damaged file is kept as %2.</source>
        <translation>Đã khôi phục từ %1. Tệp dữ liệu hỏng được giữ lại ở %2.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>ThiDuaDesk cannot open the data file</source>
        <translation>ThiDuaDesk không mở được tệp dữ liệu</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup could not be made: %1</source>
        <translation>Không tạo được bản sao lưu tự động hôm nay: %1</translation>
    </message>
    <message>
        <source>Restored from %1</source>
        <translation>Đã khôi phục từ %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation>Bản cài đặt này không có kèm hướng dẫn sử dụng.</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Tìm trong hướng dẫn</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import units from Excel</source>
        <translation>Nhập đơn vị từ Excel</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>%1 valid rows (%2 new units, %3 updates); %4 rows with errors will be skipped.</source>
        <translation>%1 dòng hợp lệ (%2 đơn vị mới, %3 cập nhật); %4 dòng lỗi sẽ bị bỏ qua.</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Các dòng sẽ nhập</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cụm</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>update</source>
        <translation>cập nhật</translation>
    </message>
    <message>
        <source>new</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <source>Rows with errors (not imported)</source>
        <translation>Các dòng lỗi (không nhập)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>No errors.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Nothing was imported; the data is as before.</source>
        <translation>Chưa nhập gì; dữ liệu vẫn như trước.</translation>
    </message>
</context>
<context>
    <name>ImportStartDialog</name>
    <message>
        <source>Import units from Excel</source>
        <translation>Nhập đơn vị từ Excel</translation>
    </message>
    <message>
        <source>Choose an Excel workbook (.xlsx) with one row per unit under a heading row (within the first 10 rows). The columns it is read from:</source>
        <translation>Chọn tệp Excel (.xlsx) có mỗi đơn vị một dòng, dưới một dòng tiêu đề (trong 10 dòng đầu). Các cột được đọc:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>The columns may come in any order, and other columns are left out. A level the file does not give is taken from the name (“Trường THCS …”). An empty cell never erases what is stored. Files typed in TCVN3 (.VnTime) or VNI are converted.</source>
        <translation>Các cột đứng theo thứ tự nào cũng được; cột khác bị bỏ qua. Cấp học không ghi trong tệp thì lấy theo tên (“Trường THCS …”). Ô trống không bao giờ xoá dữ liệu đã có. Tệp gõ bằng TCVN3 (.VnTime) hay VNI được tự chuyển sang Unicode.</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Save empty template…</source>
        <translation>Lưu mẫu trống…</translation>
    </message>
    <message>
        <source>Save empty template</source>
        <translation>Lưu mẫu trống</translation>
    </message>
    <message>
        <source>mau-danh-sach-don-vi.xlsx</source>
        <translation>mau-danh-sach-don-vi.xlsx</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Saved the empty template to %1. Fill it in, then import it.</source>
        <translation>Đã lưu mẫu trống vào %1. Hãy điền vào rồi nhập lại.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Added %1, updated %2 units.</source>
        <translation>Đã thêm %1, cập nhật %2 đơn vị.</translation>
    </message>
    <message>
        <source>%1 rows matched a unit and changed nothing (unchanged).</source>
        <translation>%1 dòng trùng với đơn vị đã có và không thay đổi gì (giữ nguyên).</translation>
    </message>
    <message>
        <source>Empty cells that kept the stored value:</source>
        <translation>Ô trống, giữ nguyên giá trị đã có:</translation>
    </message>
    <message>
        <source>Names close to a unit already stored (check them):</source>
        <translation>Tên gần giống đơn vị đã có (hãy kiểm tra):</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Issue plan</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <source>Issuing gives the plan the next number of the outgoing register and the date below, keeps the PDF exactly as printed and locks the plan. Later changes need a new version.</source>
        <translation>Khi ban hành, kế hoạch được lấy số tiếp theo trong sổ văn bản đi và ngày dưới đây; bản PDF được lưu đúng như khi in và kế hoạch bị khóa. Muốn sửa sau đó phải tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày ban hành:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>không ghi</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>who keeps the file copy, e.g. VT, TĐKT</source>
        <translation>nơi giữ bản lưu, ví dụ VT, TĐKT</translation>
    </message>
    <message>
        <source>File copy kept by:</source>
        <translation>Đơn vị, người nhận bản lưu:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Ban hành</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Preschool</source>
        <translation>Mầm non</translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation>Tiểu học</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>THCS</translation>
    </message>
    <message>
        <source>Multi-level school</source>
        <translation>Liên cấp</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Lịch hạn</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation>Sổ văn bản đi</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sao lưu ngay…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Check the data</source>
        <translation>Kiểm tra &amp;dữ liệu</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Office information…</source>
        <translation>&amp;Thông tin cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
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
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>&amp;About ThiDuaDesk</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>Tab %1</source>
        <translation>Thẻ %1</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Dữ liệu: %1</translation>
    </message>
    <message>
        <source>%1 units · %2 people</source>
        <translation>%1 đơn vị · %2 người</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Some changes could not be saved (the tab says why). Close anyway and lose them?</source>
        <translation>Có thay đổi chưa lưu được (xem thông báo trong thẻ). Vẫn đóng chương trình và bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>Không ghi được bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1?

The current data file is first kept aside as a backup, so this can be undone.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu %1?

Tệp dữ liệu hiện tại sẽ được giữ lại thành một bản sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Check the data</source>
        <translation>Kiểm tra dữ liệu</translation>
    </message>
    <message>
        <source>The data file was checked and has no errors.</source>
        <translation>Đã kiểm tra tệp dữ liệu: không có lỗi.</translation>
    </message>
    <message>
        <source>The check found problems in the data file:
%1

Back up now, then restore the latest good backup (File → Restore from a backup…).</source>
        <translation>Kiểm tra phát hiện lỗi trong tệp dữ liệu:
%1

Hãy sao lưu ngay, rồi khôi phục bản sao lưu tốt gần nhất (Tệp → Khôi phục từ bản sao lưu…).</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language will be used from the next start of the program.</source>
        <translation>Ngôn ngữ mới sẽ được dùng từ lần mở chương trình tiếp theo.</translation>
    </message>
    <message>
        <source>About ThiDuaDesk</source>
        <translation>Giới thiệu ThiDuaDesk</translation>
    </message>
    <message>
        <source>ThiDuaDesk %1
Emulation and commendation for the district Office of Education and Training.

The program works offline and never connects to the network.
Data file: %2</source>
        <translation>ThiDuaDesk %1
Quản lý thi đua – khen thưởng cho Phòng Giáo dục và Đào tạo.

Chương trình chạy không cần mạng và không bao giờ kết nối mạng.
Tệp dữ liệu: %2</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>Bắt đầu từ:</translation>
    </message>
    <message>
        <source>Blank plan</source>
        <translation>Kế hoạch trống</translation>
    </message>
    <message>
        <source>Plan for the year:</source>
        <translation>Kế hoạch cho năm:</translation>
    </message>
    <message>
        <source>Years, the school year and the office&apos;s name are filled in; number and day stay blank until the plan is issued.</source>
        <translation>Năm, năm học và tên cơ quan được điền sẵn; số và ngày để trống cho đến khi ban hành.</translation>
    </message>
</context>
<context>
    <name>NominationsModel</name>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kết quả xét</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa xét</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ đủ điều kiện</translation>
    </message>
</context>
<context>
    <name>NomineeCardDialog</name>
    <message>
        <source>Nominee: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Proposed for</source>
        <translation>Đề nghị</translation>
    </message>
    <message>
        <source>Task rating</source>
        <translation>Mức độ hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Sáng kiến</translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation>Kỷ luật</translation>
    </message>
    <message>
        <source>Council votes</source>
        <translation>Phiếu Hội đồng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Đủ điều kiện</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Không đủ điều kiện</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Năm sau có thể đề nghị</translation>
    </message>
    <message>
        <source>Awards of earlier years</source>
        <translation>Khen thưởng các năm trước</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Chưa có.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>Office information</source>
        <translation>Thông tin cơ quan</translation>
    </message>
    <message>
        <source>Welcome to ThiDuaDesk. Please enter your office&apos;s details once: they are printed on every plan, list and decision. You can change them later under Settings.</source>
        <translation>Chào mừng đến với ThiDuaDesk. Hãy nhập thông tin cơ quan một lần: các thông tin này được in trên mọi kế hoạch, danh sách và quyết định. Có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>Governing body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>e.g. UBND QUẬN NAM TỪ LIÊM</source>
        <translation>ví dụ: UBND QUẬN NAM TỪ LIÊM</translation>
    </message>
    <message>
        <source>Office name *:</source>
        <translation>Tên cơ quan *:</translation>
    </message>
    <message>
        <source>e.g. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</source>
        <translation>ví dụ: PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</translation>
    </message>
    <message>
        <source>Abbreviation *:</source>
        <translation>Ký hiệu viết tắt *:</translation>
    </message>
    <message>
        <source>used in document numbers, e.g. PGDĐT</source>
        <translation>dùng trong số văn bản, ví dụ: PGDĐT</translation>
    </message>
    <message>
        <source>Place name *:</source>
        <translation>Địa danh *:</translation>
    </message>
    <message>
        <source>printed before the date, e.g. Nam Từ Liêm</source>
        <translation>in trước ngày tháng, ví dụ: Nam Từ Liêm</translation>
    </message>
    <message>
        <source>Head&apos;s title:</source>
        <translation>Chức danh người đứng đầu:</translation>
    </message>
    <message>
        <source>Head&apos;s full name:</source>
        <translation>Họ tên người đứng đầu:</translation>
    </message>
    <message>
        <source>Deputies&apos; title:</source>
        <translation>Chức danh cấp phó:</translation>
    </message>
    <message>
        <source>One full name per line</source>
        <translation>Mỗi dòng một họ tên</translation>
    </message>
    <message>
        <source>Deputies:</source>
        <translation>Các cấp phó:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>Filed by (“Lưu:”):</source>
        <translation>Nơi lưu (“Lưu:”):</translation>
    </message>
    <message>
        <source>e.g. VT</source>
        <translation>ví dụ: VT</translation>
    </message>
    <message>
        <source>Fields marked * are required.</source>
        <translation>Các mục có dấu * là bắt buộc.</translation>
    </message>
    <message>
        <source>Print specimen papers…</source>
        <translation>In mẫu văn bản…</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Cần nhập tên cơ quan.</translation>
    </message>
    <message>
        <source>The abbreviation is required (it goes into every document number).</source>
        <translation>Cần nhập ký hiệu viết tắt (dùng trong mọi số văn bản).</translation>
    </message>
    <message>
        <source>The place name is required (it is printed before every date).</source>
        <translation>Cần nhập địa danh (in trước mọi ngày tháng).</translation>
    </message>
    <message>
        <source>The email address does not look right.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>OutlinePage</name>
    <message>
        <source>+ Section</source>
        <translation>+ Mục</translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation>Thêm một mục sau mục này</translation>
    </message>
    <message>
        <source>+ Sub-section</source>
        <translation>+ Mục con</translation>
    </message>
    <message>
        <source>Add a sub-section inside this section</source>
        <translation>Thêm mục con trong mục này</translation>
    </message>
    <message>
        <source>+ Paragraph</source>
        <translation>+ Đoạn</translation>
    </message>
    <message>
        <source>Add a paragraph</source>
        <translation>Thêm một đoạn</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Outdent: move out of its section</source>
        <translation>Lùi ra: đưa ra khỏi mục đang chứa</translation>
    </message>
    <message>
        <source>Indent: move into the section above</source>
        <translation>Thụt vào: đưa vào mục phía trên</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this section or paragraph</source>
        <translation>Xóa mục hoặc đoạn này</translation>
    </message>
    <message>
        <source>Choose a section or paragraph in the tree, or add one.</source>
        <translation>Chọn một mục hoặc đoạn trong cây, hoặc thêm mới.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>heading, e.g. MỤC ĐÍCH, YÊU CẦU</source>
        <translation>tên mục, ví dụ MỤC ĐÍCH, YÊU CẦU</translation>
    </message>
    <message>
        <source>Heading:</source>
        <translation>Tên mục:</translation>
    </message>
    <message>
        <source>Numbering:</source>
        <translation>Đánh số:</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Đoạn</translation>
    </message>
    <message>
        <source>List sign:</source>
        <translation>Dấu đầu dòng:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>In đậm (Ctrl+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>In nghiêng (Ctrl+I)</translation>
    </message>
    <message>
        <source>Enter starts a new paragraph</source>
        <translation>Enter để bắt đầu đoạn mới</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Add sub-section</source>
        <translation>Thêm mục con</translation>
    </message>
    <message>
        <source>Add paragraph</source>
        <translation>Thêm đoạn</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Di chuyển</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Thụt vào</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Lùi ra</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Sửa tên mục</translation>
    </message>
    <message>
        <source>Change numbering</source>
        <translation>Đổi cách đánh số</translation>
    </message>
    <message>
        <source>Change list sign</source>
        <translation>Đổi dấu đầu dòng</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>Sửa đoạn</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Đoạn mới</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No document.</source>
        <translation>Chưa có văn bản.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>The page as wide as the preview (Ctrl+0)</source>
        <translation>Trang rộng vừa khung xem trước (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>A whole page in view</source>
        <translation>Xem trọn một trang</translation>
    </message>
    <message>
        <source>The preview could not be shown.</source>
        <translation>Không hiển thị được bản xem trước.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Sửa thông tin người</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>ví dụ: Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Full name *:</source>
        <translation>Họ và tên *:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Giới tính:</translation>
    </message>
    <message>
        <source>e.g. Giáo viên, Phó Hiệu trưởng</source>
        <translation>ví dụ: Giáo viên, Phó Hiệu trưởng</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>year, e.g. 1985</source>
        <translation>năm, ví dụ: 1985</translation>
    </message>
    <message>
        <source>Year of birth:</source>
        <translation>Năm sinh:</translation>
    </message>
    <message>
        <source>Please enter the full name.</source>
        <translation>Hãy nhập họ và tên.</translation>
    </message>
    <message>
        <source>The year of birth must be a four-digit year, e.g. 1985.</source>
        <translation>Năm sinh phải là năm có bốn chữ số, ví dụ: 1985.</translation>
    </message>
</context>
<context>
    <name>PlanActions</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Không ghi được tệp: %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>New plan created.</source>
        <translation>Đã tạo kế hoạch mới.</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>Chép sang năm sau</translation>
    </message>
    <message>
        <source>Copied for %1: check the legal bases and dates.</source>
        <translation>Đã chép sang năm %1: hãy kiểm tra lại căn cứ và các mốc thời gian.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>Copy created.</source>
        <translation>Đã tạo bản sao.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>Version %1 created as a draft; it will take a new number when issued.</source>
        <translation>Đã tạo phiên bản %1 ở dạng dự thảo; sẽ lấy số mới khi ban hành.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có trích yếu)</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Delete the draft “%1”? Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Xoá bản nháp “%1”? Có thể lấy lại bằng Sửa → Hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation>Đã xóa dự thảo.</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Plans (*.docx *.txt *.md);;All files (*)</source>
        <translation>Kế hoạch (*.docx *.txt *.md);;Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>(no complete date)</source>
        <translation>(chưa đủ ngày tháng)</translation>
    </message>
    <message>
        <source>The file carries No. %1 dated %2.

Is it a document the office has already issued? It is then kept with its number and date, locked, and entered in the outgoing register.

Or is it the start of a new draft? The number and the day are then cleared (month and year are kept) and the plan takes a new number when it is issued.</source>
        <translation>Tệp này mang Số %1 ngày %2.

Đây là văn bản Phòng đã ban hành? Khi đó kế hoạch được giữ nguyên số và ngày, khoá lại và ghi vào sổ văn bản đi.

Hay đây là điểm bắt đầu của một bản nháp mới? Khi đó số và ngày được bỏ trống (giữ tháng và năm), kế hoạch sẽ lấy số mới khi ban hành.</translation>
    </message>
    <message>
        <source>New draft</source>
        <translation>Bản nháp mới</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Imported %1 as issued: No. %2 dated %3, entered in the outgoing register.</source>
        <translation>Đã nhập %1 là văn bản đã ban hành: Số %2 ngày %3, đã ghi vào sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Đã nhập %1.</translation>
    </message>
    <message>
        <source>The plan was imported. Please check:</source>
        <translation>Đã nhập kế hoạch. Hãy kiểm tra:</translation>
    </message>
    <message>
        <source>Issue plan</source>
        <translation>Ban hành kế hoạch</translation>
    </message>
    <message>
        <source>Issue the plan as it is?</source>
        <translation>Vẫn ban hành kế hoạch như hiện tại?</translation>
    </message>
    <message>
        <source>The issue date %1 is unusual (%2). A number once given stays in the register for good. Issue with this date?</source>
        <translation>Ngày ban hành %1 bất thường (%2). Số đã cấp sẽ nằm lại trong sổ văn bản đi. Vẫn ban hành với ngày này?</translation>
    </message>
    <message>
        <source>Issued as No. %1 dated %2 and entered in the outgoing register.</source>
        <translation>Đã ban hành, số %1 ngày %2, và đã vào sổ văn bản đi.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Export Word</source>
        <translation>Xuất ra Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>General</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Recipients and signer</source>
        <translation>Nơi nhận và người ký</translation>
    </message>
    <message>
        <source>The plan is issued and locked: its text stays as signed. To change it, make a new version.</source>
        <translation>Kế hoạch đã ban hành nên bị khoá: nội dung giữ đúng như bản đã ký. Muốn sửa, hãy tạo phiên bản mới.</translation>
    </message>
</context>
<context>
    <name>PlanLabels</name>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>I. II. III. (Roman)</source>
        <translation>I. II. III. (số La Mã)</translation>
    </message>
    <message>
        <source>1. 2. 3. (Arabic)</source>
        <translation>1. 2. 3. (số Ả Rập)</translation>
    </message>
    <message>
        <source>1.1. 1.2. (decimal)</source>
        <translation>1.1. 1.2. (nhiều cấp)</translation>
    </message>
    <message>
        <source>a) b) c) (letters)</source>
        <translation>a) b) c) (chữ cái)</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Không đánh số</translation>
    </message>
    <message>
        <source>Annual emulation movement plan</source>
        <translation>Kế hoạch phát động phong trào thi đua năm</translation>
    </message>
    <message>
        <source>Annual emulation and commendation work plan (with timetable appendix)</source>
        <translation>Kế hoạch công tác thi đua, khen thưởng năm (kèm phụ lục tiến độ)</translation>
    </message>
    <message>
        <source>Themed emulation campaign (Teachers&apos; Day 20/11)</source>
        <translation>Đợt thi đua chuyên đề (chào mừng Ngày Nhà giáo Việt Nam 20/11)</translation>
    </message>
</context>
<context>
    <name>PlanListModel</name>
    <message>
        <source>No./symbol</source>
        <translation>Số/ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(chưa có trích yếu)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
</context>
<context>
    <name>PlanListPanel</name>
    <message>
        <source>Search plans (no accents needed)</source>
        <translation>Tìm kế hoạch (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <source>New plan from a template</source>
        <translation>Kế hoạch mới từ mẫu</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>Chép sang năm sau</translation>
    </message>
    <message>
        <source>Copy the selected plan for the next year: years moved forward, number and date cleared</source>
        <translation>Chép kế hoạch đang chọn cho năm sau: các năm được tăng lên một, số và ngày được xóa</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Import a plan from a .docx, .txt or .md file</source>
        <translation>Nhập kế hoạch từ tệp .docx, .txt hoặc .md</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Nhân bản</translation>
    </message>
    <message>
        <source>A new draft copied from the selected plan</source>
        <translation>Một dự thảo mới chép từ kế hoạch đang chọn</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Phiên bản mới</translation>
    </message>
    <message>
        <source>A new draft version of an issued plan, to be issued with a new number</source>
        <translation>Một phiên bản dự thảo mới của kế hoạch đã ban hành, sẽ ban hành với số mới</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Xoá bản nháp</translation>
    </message>
    <message>
        <source>Delete the selected draft (Edit → Undo brings it back)</source>
        <translation>Xoá bản nháp đang chọn (Sửa → Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save now (drafts are also saved automatically)</source>
        <translation>Lưu ngay (dự thảo cũng được lưu tự động)</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>&amp;Ban hành…</translation>
    </message>
    <message>
        <source>Give the plan its number from the outgoing register and lock it</source>
        <translation>Lấy số cho kế hoạch từ sổ văn bản đi và khóa kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Export Word…</source>
        <translation>Xuất ra Word…</translation>
    </message>
    <message>
        <source>Save the plan as a Word document (.docx)</source>
        <translation>Lưu kế hoạch thành tài liệu Word (.docx)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>No plan open</source>
        <translation>Chưa mở kế hoạch nào</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <source>Issued — No. %1 dated %2. The plan is locked; to change it, make a new version.</source>
        <translation>Đã ban hành — số %1 ngày %2. Kế hoạch đã khóa; sửa đổi thì tạo phiên bản mới.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>The changes to this plan could not be saved:
%1

They are still in the editor; the plan stays open. Try Save again (Ctrl+S).</source>
        <translation>Không lưu được các thay đổi của kế hoạch này:
%1

Các thay đổi vẫn còn trong trình soạn thảo; kế hoạch vẫn đang mở. Hãy bấm Lưu lại (Ctrl+S).</translation>
    </message>
    <message>
        <source>Choose a plan on the left, or make a new one (Ctrl+N).</source>
        <translation>Chọn một kế hoạch bên trái, hoặc tạo kế hoạch mới (Ctrl+N).</translation>
    </message>
    <message>
        <source>The preview could not be drawn: %1</source>
        <translation>Không vẽ được bản xem trước: %1</translation>
    </message>
    <message>
        <source>Preview — archived copy as issued</source>
        <translation>Xem trước — bản lưu đúng như khi ban hành</translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation>Đã khôi phục bản nháp.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ThiDuaDesk backups (*.sqlite)</source>
        <translation>Bản sao lưu ThiDuaDesk (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Các nơi và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả tệp (*)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn ghi đè không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <source>Received</source>
        <translation>Đã nộp</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <source>Recently deleted</source>
        <translation>Mục đã xoá gần đây</translation>
    </message>
    <message>
        <source>Deleted since the program was opened; a restored item comes back as it was.</source>
        <translation>Những mục đã xoá từ lúc mở chương trình; mục được khôi phục trở lại đúng như trước khi xoá.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Recipient</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Mục đích</translation>
    </message>
    <message>
        <source>Edit recipient</source>
        <translation>Sửa nơi nhận</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>No. and symbol</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Type and title</source>
        <translation>Tên loại và trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>File copy</source>
        <translation>Bản lưu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Ngày chuyển</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>Issued from the Plans tab</source>
        <translation>Ban hành từ thẻ Kế hoạch</translation>
    </message>
    <message>
        <source>Issued by ThiDuaDesk</source>
        <translation>Do ThiDuaDesk ban hành</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Add document…</source>
        <translation>Thêm văn bản…</translation>
    </message>
    <message>
        <source>Enter a document issued outside ThiDuaDesk so the numbers stay one sequence</source>
        <translation>Nhập văn bản ban hành ngoài ThiDuaDesk để số văn bản liền một dãy</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Record the date sent, copies or notes</source>
        <translation>Ghi ngày chuyển, số bản hoặc ghi chú</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete a document entered by hand</source>
        <translation>Xóa văn bản nhập tay</translation>
    </message>
    <message>
        <source>Print register…</source>
        <translation>In sổ…</translation>
    </message>
    <message>
        <source>The register of the year as a landscape table: preview, print, save</source>
        <translation>Sổ văn bản đi của năm dạng bảng khổ ngang: xem trước, in, lưu</translation>
    </message>
    <message>
        <source>Search number, title, signer, recipients…</source>
        <translation>Tìm số, trích yếu, người ký, nơi nhận…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>%1 documents shown · next number in %2: %3</source>
        <translation>Đang hiện %1 văn bản · số tiếp theo năm %2: %3</translation>
    </message>
    <message>
        <source>%1 documents shown</source>
        <translation>Đang hiện %1 văn bản</translation>
    </message>
    <message>
        <source>Documents issued by ThiDuaDesk stay in the register.</source>
        <translation>Văn bản ban hành từ ThiDuaDesk luôn được giữ trong sổ.</translation>
    </message>
    <message>
        <source>Delete %1 from the register? Its number becomes free again only if it is the last one.</source>
        <translation>Xóa %1 khỏi sổ? Số của văn bản này chỉ được dùng lại nếu đó là số cuối cùng.</translation>
    </message>
    <message>
        <source>Print register</source>
        <translation>In sổ văn bản đi</translation>
    </message>
    <message>
        <source>Outgoing register %1</source>
        <translation>Sổ văn bản đi năm %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the copy to go back to. The current data file is kept aside as a backup (“before a restore”) so the restore can itself be undone.</source>
        <translation>Chọn bản sao lưu muốn quay về. Tệp dữ liệu hiện tại được giữ lại thành một bản sao lưu (“trước khôi phục”) để có thể hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>%1 — damaged, cannot be restored</source>
        <translation>%1 — bị hỏng, không khôi phục được</translation>
    </message>
    <message>
        <source>No backups found. Use “Other file…” to choose one.</source>
        <translation>Không có bản sao lưu nào. Bấm “Tệp khác…” để chọn tệp.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>trước nâng cấp</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khôi phục</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>sao lưu thủ công</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 KB)</source>
        <translation>%1 — %2 (%3 KB)</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <source>Print specimen papers</source>
        <translation>In mẫu văn bản</translation>
    </message>
    <message>
        <source>Plan (kế hoạch)</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Official letter (công văn)</source>
        <translation>Công văn</translation>
    </message>
    <message>
        <source>Submission (tờ trình)</source>
        <translation>Tờ trình</translation>
    </message>
    <message>
        <source>Council minutes (biên bản)</source>
        <translation>Biên bản họp Hội đồng</translation>
    </message>
    <message>
        <source>Decision with its attached list (quyết định)</source>
        <translation>Quyết định kèm danh sách</translation>
    </message>
    <message>
        <source>List (danh sách)</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <source>A specimen shows the office header, the signers and the page layout with sample wording, to check them and the printer before the first real paper. It uses the office information as saved.</source>
        <translation>Bản mẫu in tiêu đề của Phòng, người ký và cách trình bày trang với nội dung mẫu, để kiểm tra chúng và máy in trước khi in văn bản thật. Bản mẫu dùng thông tin của Phòng đã lưu.</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
</context>
<context>
    <name>StartupPanel</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Overdue: %1 · due today: %2 · next 7 days: %3</source>
        <translation>Quá hạn: %1 · đến hạn hôm nay: %2 · 7 ngày tới: %3</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>7 ngày tới</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Task</source>
        <translation>Nội dung nhiệm vụ</translation>
    </message>
    <message>
        <source>Guided by</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Carried out by</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>Edit timetable</source>
        <translation>Sửa tiến độ</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>e.g. Tiến độ thực hiện</source>
        <translation>ví dụ: Tiến độ thực hiện</translation>
    </message>
    <message>
        <source>Print as an appendix</source>
        <translation>In thành phụ lục</translation>
    </message>
    <message>
        <source>+ Row</source>
        <translation>+ Dòng</translation>
    </message>
    <message>
        <source>Add a row after the current one</source>
        <translation>Thêm một dòng sau dòng đang chọn</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Rows with the same group are printed under one group heading (e.g. Quý I - 2024).</source>
        <translation>Các dòng cùng nhóm được in dưới một tiêu đề nhóm (ví dụ: Quý I - 2024).</translation>
    </message>
    <message>
        <source>Edit timetable title</source>
        <translation>Sửa tiêu đề tiến độ</translation>
    </message>
    <message>
        <source>Timetable as appendix</source>
        <translation>Tiến độ thành phụ lục</translation>
    </message>
    <message>
        <source>Add timetable row</source>
        <translation>Thêm dòng tiến độ</translation>
    </message>
    <message>
        <source>Remove timetable row</source>
        <translation>Xóa dòng tiến độ</translation>
    </message>
    <message>
        <source>Move timetable row</source>
        <translation>Di chuyển dòng tiến độ</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>New unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>e.g. Trường THCS Đức Thắng</source>
        <translation>ví dụ: Trường THCS Đức Thắng</translation>
    </message>
    <message>
        <source>Unit name *:</source>
        <translation>Tên đơn vị *:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp học:</translation>
    </message>
    <message>
        <source>choose or type, e.g. Cụm 1</source>
        <translation>chọn hoặc gõ, ví dụ: Cụm 1</translation>
    </message>
    <message>
        <source>Emulation cluster:</source>
        <translation>Cụm thi đua:</translation>
    </message>
    <message>
        <source>Principal:</source>
        <translation>Hiệu trưởng:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Điện thoại:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Địa chỉ:</translation>
    </message>
    <message>
        <source>The unit is active</source>
        <translation>Đơn vị đang hoạt động</translation>
    </message>
    <message>
        <source>Please enter the unit name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The email address does not look right.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Filter units…</source>
        <translation>Lọc đơn vị…</translation>
    </message>
    <message>
        <source>%1 of %2 chosen</source>
        <translation>đã chọn %1/%2</translation>
    </message>
</context>
<context>
    <name>UnitTableModel</name>
    <message>
        <source>Unit name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp học</translation>
    </message>
    <message>
        <source>Emulation cluster</source>
        <translation>Cụm thi đua</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Hiệu trưởng</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Không sắp xếp được theo cột này</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Search units: name, cluster, principal… (no accents needed)</source>
        <translation>Tìm đơn vị: tên, cụm, hiệu trưởng… (không cần gõ dấu)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Mọi cấp học</translation>
    </message>
    <message>
        <source>Active units only</source>
        <translation>Chỉ đơn vị đang hoạt động</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp học:</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>Cụm:</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Add a unit (Ctrl+N)</source>
        <translation>Thêm đơn vị (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Edit the selected unit (Enter or double-click)</source>
        <translation>Sửa đơn vị đang chọn (Enter hoặc nhấp đúp)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the selected unit (Del)</source>
        <translation>Xóa đơn vị đang chọn (Del)</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <source>People of the unit</source>
        <translation>Người thuộc đơn vị</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>Thêm người…</translation>
    </message>
    <message>
        <source>%1 units shown</source>
        <translation>Đang hiện %1 đơn vị</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>Mọi cụm</translation>
    </message>
    <message>
        <source>(no cluster)</source>
        <translation>(chưa có cụm)</translation>
    </message>
    <message>
        <source>No units yet</source>
        <translation>Chưa có đơn vị nào</translation>
    </message>
    <message>
        <source>Add the schools of the district one by one with “Add unit…”, or bring in a whole list with “Import from Excel…”.</source>
        <translation>Thêm từng trường bằng nút “Thêm đơn vị…”, hoặc nhập cả danh sách bằng nút “Nhập từ Excel…”.</translation>
    </message>
    <message>
        <source>No unit matches “%1”</source>
        <translation>Không có đơn vị nào khớp với “%1”</translation>
    </message>
    <message>
        <source>Check the spelling or clear the filters. Accents are not needed: “duc” finds “Đức”.</source>
        <translation>Hãy kiểm tra lại chính tả hoặc bỏ bớt bộ lọc. Không cần gõ dấu: “duc” tìm được “Đức”.</translation>
    </message>
    <message>
        <source>No unit matches the filters</source>
        <translation>Không có đơn vị nào khớp với bộ lọc</translation>
    </message>
    <message>
        <source>Choose “All levels” and “All clusters”, or untick “Active units only”.</source>
        <translation>Hãy chọn “Mọi cấp học” và “Mọi cụm”, hoặc bỏ chọn “Chỉ đơn vị đang hoạt động”.</translation>
    </message>
    <message>
        <source>Select a unit to see its people.</source>
        <translation>Chọn một đơn vị để xem danh sách người.</translation>
    </message>
    <message>
        <source>%1 — %2 people</source>
        <translation>%1 — %2 người</translation>
    </message>
    <message>
        <source>Delete the unit “%1” and the %2 people belonging to it?</source>
        <translation>Xóa đơn vị “%1” và %2 người thuộc đơn vị?</translation>
    </message>
    <message>
        <source>Delete the unit “%1”?</source>
        <translation>Xóa đơn vị “%1”?</translation>
    </message>
    <message>
        <source>%1 other linked records go with it.</source>
        <translation>%1 bản ghi liên quan khác cũng bị xóa theo.</translation>
    </message>
    <message>
        <source>The deletion is recorded in the change log; the daily backup still holds the old data.</source>
        <translation>Việc xóa được ghi vào nhật ký thay đổi; bản sao lưu hằng ngày vẫn giữ dữ liệu cũ.</translation>
    </message>
    <message>
        <source>Delete unit</source>
        <translation>Xóa đơn vị</translation>
    </message>
    <message>
        <source>Import units from Excel</source>
        <translation>Nhập đơn vị từ Excel</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>Không đọc được tệp %1: %2</translation>
    </message>
    <message>
        <source>Export units to Excel</source>
        <translation>Xuất danh sách đơn vị ra Excel</translation>
    </message>
    <message>
        <source>units.xlsx</source>
        <translation>danh-sach-don-vi.xlsx</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>Không ghi được tệp %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 units to %2.</source>
        <translation>Đã lưu %1 đơn vị vào %2.</translation>
    </message>
    <message>
        <source>Delete “%1” from the unit&apos;s people?</source>
        <translation>Xóa “%1” khỏi danh sách người của đơn vị?</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Xóa người</translation>
    </message>
</context>
<context>
    <name>VotesDialog</name>
    <message>
        <source>Council votes</source>
        <translation>Phiếu Hội đồng</translation>
    </message>
    <message>
        <source>Votes of the emulation and commendation council for %1 proposals. The threshold counts all members of the council, present or not.</source>
        <translation>Kết quả bỏ phiếu của Hội đồng Thi đua – Khen thưởng cho %1 đề nghị. Tỷ lệ phiếu tính trên tổng số thành viên Hội đồng (có mặt hay vắng mặt).</translation>
    </message>
    <message>
        <source>Council members:</source>
        <translation>Tổng số thành viên Hội đồng:</translation>
    </message>
    <message>
        <source>Votes in favour:</source>
        <translation>Số phiếu đồng ý:</translation>
    </message>
</context>
<context>
    <name>YearSettingsDialog</name>
    <message>
        <source>Settings of the school year %1</source>
        <translation>Thiết lập năm học %1</translation>
    </message>
    <message>
        <source>Judged by: %1. The values start at that regime&apos;s defaults; change them where the province&apos;s regulation says otherwise.</source>
        <translation>Xét theo: %1. Các giá trị lấy theo quy định mặc định của giai đoạn đó; hãy sửa nếu quy định của tỉnh khác.</translation>
    </message>
    <message>
        <source>Tập thể LĐTT: members who are LĐTT, at least (%):</source>
        <translation>Tập thể LĐTT: tỷ lệ thành viên đạt LĐTT tối thiểu (%):</translation>
    </message>
    <message>
        <source>Tập thể LĐXS: members who are LĐTT, at least (%):</source>
        <translation>Tập thể LĐXS: tỷ lệ thành viên đạt LĐTT tối thiểu (%):</translation>
    </message>
    <message>
        <source>Council votes needed, of all members (%):</source>
        <translation>Tỷ lệ phiếu đồng ý cần có, trên tổng số thành viên Hội đồng (%):</translation>
    </message>
    <message>
        <source>Votes needed for CSTĐ cấp tỉnh and above (%):</source>
        <translation>Tỷ lệ phiếu cho CSTĐ cấp tỉnh trở lên (%):</translation>
    </message>
    <message>
        <source>CSTĐCS at most, of the unit&apos;s LĐTT (%; 0 = no cap):</source>
        <translation>CSTĐCS tối đa, trên số LĐTT của đơn vị (%; 0 = không giới hạn):</translation>
    </message>
    <message>
        <source>Base salary (mức lương cơ sở):</source>
        <translation>Mức lương cơ sở:</translation>
    </message>
    <message>
        <source>Cash amounts rounded up to:</source>
        <translation>Làm tròn tiền thưởng lên đến:</translation>
    </message>
</context>
</TS>
