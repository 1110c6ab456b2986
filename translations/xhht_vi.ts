<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountFields</name>
    <message>
        <source>Login &amp;name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>short, easy to type, e.g. mai</source>
        <translation>ngắn, dễ gõ, ví dụ mai</translation>
    </message>
    <message>
        <source>e.g. Trần Thị Mai</source>
        <translation>ví dụ Trần Thị Mai</translation>
    </message>
    <message>
        <source>at least 6 characters</source>
        <translation>ít nhất 6 ký tự</translation>
    </message>
    <message>
        <source>the same password once more</source>
        <translation>gõ lại đúng mật khẩu trên</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Hiện chữ đang gõ</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Please type them again.</source>
        <translation>Hai mật khẩu không giống nhau. Xin gõ lại.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>&amp;New activity</source>
        <translation>Thêm &amp;hoạt động</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Cho vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>&amp;Kinds of activity…</source>
        <translation>&amp;Loại hoạt động…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>The activities shown, as an Excel workbook</source>
        <translation>Các hoạt động đang hiện, thành tệp Excel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Title — accents not needed</source>
        <translation>Tên hoạt động — không cần gõ dấu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên hoạt động</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Thuộc đơn vị</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Số người dự</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>%1 activities, %2 attendances</source>
        <translation>%1 hoạt động, %2 lượt người tham gia</translation>
    </message>
    <message>
        <source>Move the activity &quot;%1&quot; to the trash?
You can restore it from the Trash page.</source>
        <translation>Cho hoạt động &quot;%1&quot; vào Thùng rác?
Có thể khôi phục lại ở trang Thùng rác.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Cho vào thùng rác</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>activities.xlsx</source>
        <translation>hoat-dong-hoc-tap.xlsx</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Household of</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Learning activity</source>
        <translation>Hoạt động học tập</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hoạt động:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Đơn vị tổ &amp;chức:</translation>
    </message>
    <message>
        <source>Of the &amp;unit:</source>
        <translation>Thuộc đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>— the branch&apos;s own —</source>
        <translation>— của chi hội —</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>last day, if several (optional)</source>
        <translation>ngày cuối, nếu nhiều ngày (không bắt buộc)</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>People from &amp;outside the register:</source>
        <translation>Số người ngoài danh &amp;sách:</translation>
    </message>
    <message>
        <source>(a unit now in the trash)</source>
        <translation>(đơn vị đã cho vào thùng rác)</translation>
    </message>
</context>
<context>
    <name>ActivityTypesDialog</name>
    <message>
        <source>Kinds of activity</source>
        <translation>Các loại hoạt động</translation>
    </message>
    <message>
        <source>Kinds in use stay in the records; a kind no longer used can be retired, and brought back later.</source>
        <translation>Các loại đã dùng vẫn được giữ trong hồ sơ; loại không dùng nữa có thể ngừng dùng, và dùng lại sau.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (ngừng dùng)</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Dùng lại</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Ngừng dùng</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>New kind of activity</source>
        <translation>Loại hoạt động mới</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <source>Give the new volunteer a short name to log in with and a first password. Tell them the password in person; they cannot change it themselves yet.</source>
        <translation>Đặt cho người mới một tên đăng nhập ngắn và một mật khẩu ban đầu. Hãy báo mật khẩu trực tiếp cho họ; hiện họ chưa tự đổi được mật khẩu.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Cho vào thùng rác</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Khôi phục từ thùng rác</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Sai mật khẩu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Kinds of activity</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Known units</source>
        <translation>Đơn vị đã biết</translation>
    </message>
    <message>
        <source>Packages received</source>
        <translation>Gói dữ liệu đã nhận</translation>
    </message>
    <message>
        <source>Packages sent</source>
        <translation>Gói dữ liệu đã gửi</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Aggregate figures</source>
        <translation>Số liệu tổng hợp</translation>
    </message>
    <message>
        <source>House no.</source>
        <translation>Số nhà</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Khu phố / ấp</source>
        <translation>Khu phố / ấp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Economic status</source>
        <translation>Hoàn cảnh kinh tế</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Member of the association</source>
        <translation>Là hội viên</translation>
    </message>
    <message>
        <source>In the trash since</source>
        <translation>Cho vào thùng rác lúc</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <source>Wrong passwords in a row</source>
        <translation>Số lần sai mật khẩu liên tiếp</translation>
    </message>
    <message>
        <source>Paused until</source>
        <translation>Tạm khóa đến</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Every change made on this computer is listed here: who made it, when, and what was there before. Nothing can be removed from this list.</source>
        <translation>Mọi thay đổi làm trên máy này đều được ghi ở đây: ai sửa, lúc nào, và trước đó là gì. Không thể xóa gì khỏi danh sách này.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Người sửa:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ ngày:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Hồ sơ:</translation>
    </message>
    <message>
        <source>a household: the head&apos;s or a member&apos;s name, address or phone; or a UUID</source>
        <translation>một hộ: tên chủ hộ hoặc thành viên, địa chỉ, điện thoại; hoặc mã UUID</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>Choose a line to read the whole change here.</source>
        <translation>Chọn một dòng để đọc đầy đủ thay đổi ở đây.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>No household matches “%1”.</source>
        <translation>Không có hộ nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>The latest %1 changes are shown. Choose fewer days to see older ones; the Excel file has them all.</source>
        <translation>Đang hiện %1 thay đổi gần nhất. Chọn ít ngày hơn để xem các thay đổi cũ hơn; tệp Excel có đủ tất cả.</translation>
    </message>
    <message>
        <source>%1 change(s).</source>
        <translation>%1 thay đổi.</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Từ %1 đến %2</translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Người sửa: %1</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Hồ sơ: %1</translation>
    </message>
    <message>
        <source>changes.xlsx</source>
        <translation>nhat-ky-thay-doi.xlsx</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>XHHT Desktop backups (*.db *.sqlite3);;All files (*)</source>
        <translation>Bản sao lưu XHHT Desktop (*.db *.sqlite3);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Before an update of the application</source>
        <translation>Trước khi cập nhật ứng dụng</translation>
    </message>
    <message>
        <source>Before a package import</source>
        <translation>Trước khi nhận gói dữ liệu</translation>
    </message>
    <message>
        <source>%1 households, %2 persons, %3 activities, %4 registrations</source>
        <translation>%1 hộ, %2 người, %3 hoạt động, %4 lượt đăng ký</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>A copy of the data is made automatically when the application starts (if anything changed, and at least once a day), and before every update, package import and restore. The newest copy of each of the last 7 days, 4 weeks and 12 months is kept. For safety against a broken computer, also use “Back up now to…” now and then with a USB stick kept elsewhere.</source>
        <translation>Dữ liệu được tự động sao lưu khi mở ứng dụng (nếu có thay đổi, và ít nhất mỗi ngày một lần), và trước mỗi lần cập nhật, nhận gói dữ liệu hay khôi phục. Giữ lại bản mới nhất của mỗi ngày trong 7 ngày, mỗi tuần trong 4 tuần và mỗi tháng trong 12 tháng gần nhất. Để phòng máy hỏng, thỉnh thoảng hãy dùng “Sao lưu ngay vào…” để chép ra USB và cất USB ở nơi khác.</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>Thư mục sao lưu: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tạo khi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>&amp;Back up now to…</source>
        <translation>Sao &amp;lưu ngay vào…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Khôi phục bản đã chọn…</translation>
    </message>
    <message>
        <source>Restore from a &amp;file…</source>
        <translation>Khôi phục từ &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>&amp;Mở thư mục sao lưu</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Bị hỏng</translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Back up now to</source>
        <translation>Sao lưu ngay vào</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Đang ghi bản sao lưu…</translation>
    </message>
    <message>
        <source>The backup was written to %1 and checked: %2.
If it is on a USB stick, eject the stick safely before pulling it out.</source>
        <translation>Đã ghi bản sao lưu vào %1 và kiểm tra: %2.
Nếu là USB, hãy tháo an toàn trước khi rút ra.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored. Please choose another.</source>
        <translation>Bản sao lưu này bị hỏng, không thể khôi phục. Hãy chọn bản khác.</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>Khôi phục từ tệp</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Đang kiểm tra bản sao lưu…</translation>
    </message>
    <message>
        <source>Restore the backup of %1?

It holds %2.

First, the data as it is now is saved as a backup of its own, so nothing is lost: it appears in this list as “Before a restore”.
Then this backup replaces the data. Anything entered after %1 will no longer be there.

The application closes the data and opens it again; this takes a moment.</source>
        <translation>Khôi phục bản sao lưu lúc %1?

Bản này có %2.

Trước hết, dữ liệu hiện tại được lưu thành một bản sao lưu riêng nên không mất gì: bản đó hiện trong danh sách này là “Trước khi khôi phục”.
Sau đó bản sao lưu này thay thế dữ liệu. Những gì nhập sau %1 sẽ không còn.

Ứng dụng sẽ đóng dữ liệu rồi mở lại; việc này mất một lát.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>CertificateBatchDialog</name>
    <message>
        <source>Certificates — preview</source>
        <translation>Giấy công nhận — xem trước</translation>
    </message>
    <message>
        <source>&amp;Copies of each:</source>
        <translation>&amp;Số bản mỗi giấy:</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Lưu thành PDF…</translation>
    </message>
    <message>
        <source>Close without printing</source>
        <translation>Đóng, không in</translation>
    </message>
    <message>
        <source>%1 certificates: %2 take a new number, %3 are reprints of their number.</source>
        <translation>%1 giấy: %2 giấy được cấp số mới, %3 giấy in lại với số đã cấp.</translation>
    </message>
    <message>
        <source>New numbers: %1 to %2.</source>
        <translation>Số mới: từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Nothing is recorded in the register until it is printed or saved.</source>
        <translation>Chưa ghi gì vào sổ cho đến khi in hoặc lưu.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>và %1 giấy khác</translation>
    </message>
    <message>
        <source>Look before printing: on these certificates a text fits only in a smaller size than the template allows: %1</source>
        <translation>Xem lại trước khi in: trên các giấy này có dòng chữ phải in nhỏ hơn cỡ nhỏ nhất của mẫu: %1</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>Máy in: %1</translation>
    </message>
    <message>
        <source>Save the certificates as PDF</source>
        <translation>Lưu giấy công nhận thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy công nhận</translation>
    </message>
</context>
<context>
    <name>CertificateTemplateDialog</name>
    <message>
        <source>Certificate template — %1</source>
        <translation>Mẫu giấy — %1</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan cấp</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>Paper and layout</source>
        <translation>Khổ giấy và trình bày</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Biểu trưng (logo)</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kiểm tra giấy thật</translation>
    </message>
    <message>
        <source>&amp;Parent body:</source>
        <translation>Cơ quan c&amp;hủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;cấp:</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Tên giấy:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Danh hiệu:</translation>
    </message>
    <message>
        <source>&amp;Granted by:</source>
        <translation>N&amp;gười công nhận:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>Địa d&amp;anh:</translation>
    </message>
    <message>
        <source>On beh&amp;alf of:</source>
        <translation>Thay &amp;mặt:</translation>
    </message>
    <message>
        <source>Signer&apos;s titl&amp;e:</source>
        <translation>Chức &amp;vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Họ tên người &amp;ký:</translation>
    </message>
    <message>
        <source>Number &amp;format:</source>
        <translation>Mẫu &amp;số:</translation>
    </message>
    <message>
        <source>May be empty, e.g. UBND PHƯỜNG …</source>
        <translation>Có thể để trống, ví dụ UBND PHƯỜNG …</translation>
    </message>
    <message>
        <source>e.g. HỘI KHUYẾN HỌC PHƯỜNG …</source>
        <translation>ví dụ HỘI KHUYẾN HỌC PHƯỜNG …</translation>
    </message>
    <message>
        <source>e.g. GIẤY CÔNG NHẬN</source>
        <translation>ví dụ GIẤY CÔNG NHẬN</translation>
    </message>
    <message>
        <source>e.g. GIA ĐÌNH HỌC TẬP</source>
        <translation>ví dụ GIA ĐÌNH HỌC TẬP</translation>
    </message>
    <message>
        <source>Who recognises, e.g. Chủ tịch Hội Khuyến học …</source>
        <translation>Ai công nhận, ví dụ Chủ tịch Hội Khuyến học …</translation>
    </message>
    <message>
        <source>e.g. Bến Thành</source>
        <translation>ví dụ Bến Thành</translation>
    </message>
    <message>
        <source>May be empty, e.g. TM. BAN CHẤP HÀNH</source>
        <translation>Có thể để trống, ví dụ TM. BAN CHẤP HÀNH</translation>
    </message>
    <message>
        <source>e.g. CHỦ TỊCH</source>
        <translation>ví dụ CHỦ TỊCH</translation>
    </message>
    <message>
        <source>May be empty: written by hand</source>
        <translation>Có thể để trống: viết tay khi ký</translation>
    </message>
    <message>
        <source>The body the issuer belongs to, printed above it; may be empty.</source>
        <translation>Cơ quan chủ quản của cơ quan cấp, in phía trên; có thể để trống.</translation>
    </message>
    <message>
        <source>Who recognises: the words before “công nhận” or “khen tặng”.</source>
        <translation>Ai công nhận: phần chữ đứng trước “công nhận” hoặc “khen tặng”.</translation>
    </message>
    <message>
        <source>The place before the date: “Bến Thành, ngày 20 tháng 11 năm 2025”.</source>
        <translation>Địa danh đứng trước ngày tháng: “Bến Thành, ngày 20 tháng 11 năm 2025”.</translation>
    </message>
    <message>
        <source>{so} is the number, {nam} the year, e.g. {so}/GCN-KH</source>
        <translation>{so} là số thứ tự, {nam} là năm, ví dụ {so}/GCN-KH</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>Khổ giấ&amp;y:</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <source>A5 landscape</source>
        <translation>A5 ngang</translation>
    </message>
    <message>
        <source>Hea&amp;ding size:</source>
        <translation>Cỡ chữ tên g&amp;iấy:</translation>
    </message>
    <message>
        <source>Title si&amp;ze:</source>
        <translation>Cỡ chữ danh hiệ&amp;u:</translation>
    </message>
    <message>
        <source>Na&amp;me size:</source>
        <translation>Cỡ chữ tên người &amp;nhận:</translation>
    </message>
    <message>
        <source>&amp;Smallest name size:</source>
        <translation>Cỡ nhỏ nhất của tên:</translation>
    </message>
    <message>
        <source>Bod&amp;y text size:</source>
        <translation>Cỡ chữ &amp;phần nội dung:</translation>
    </message>
    <message>
        <source>Margin fr&amp;om the edge:</source>
        <translation>&amp;Lề từ mép giấy:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>A long name is made smaller, down to this size, before it takes two lines.</source>
        <translation>Tên dài được thu nhỏ dần đến cỡ này, sau đó mới xuống hai dòng.</translation>
    </message>
    <message>
        <source>From the edge of the paper to the border, on A4 (A5 scales everything).</source>
        <translation>Từ mép giấy đến khung viền, tính trên khổ A4 (khổ A5 thu nhỏ toàn bộ).</translation>
    </message>
    <message>
        <source>Draw a decorative &amp;border</source>
        <translation>Vẽ khung viền t&amp;rang trí</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Chọn l&amp;ogo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Bỏ logo</translation>
    </message>
    <message>
        <source>Print a &amp;QR code to check the certificate offline</source>
        <translation>In mã &amp;QR để kiểm tra giấy thật (không cần mạng)</translation>
    </message>
    <message>
        <source>Reset to defa&amp;ult</source>
        <translation>Trở về mẫu mặc định</translation>
    </message>
    <message>
        <source>Fill the form with the wording this app proposes; nothing is saved yet.</source>
        <translation>Điền lại nội dung do ứng dụng đề xuất; chưa lưu gì.</translation>
    </message>
    <message>
        <source>Preview of a sample certificate</source>
        <translation>Xem trước một giấy mẫu</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ví dụ: %1</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Không có logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Chọn logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The preview cannot be drawn: %1</source>
        <translation>Không vẽ được bản xem trước: %1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Loại giấy:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>&amp;Tổ:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>Recognition (giấy công nhận)</source>
        <translation>Giấy công nhận</translation>
    </message>
    <message>
        <source>Commendation (giấy khen)</source>
        <translation>Giấy khen</translation>
    </message>
    <message>
        <source>Every model</source>
        <translation>Tất cả mô hình</translation>
    </message>
    <message>
        <source>Only those without a &amp;number yet</source>
        <translation>Chỉ những giấy chưa có &amp;số</translation>
    </message>
    <message>
        <source>T&amp;emplate…</source>
        <translation>Mẫu &amp;giấy…</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Sổ &amp;cấp giấy</translation>
    </message>
    <message>
        <source>Print the register (PDF)…</source>
        <translation>In sổ cấp giấy (PDF)…</translation>
    </message>
    <message>
        <source>Export the register to Excel…</source>
        <translation>Xuất sổ cấp giấy ra Excel…</translation>
    </message>
    <message>
        <source>Void the selected certificate…</source>
        <translation>Hủy giấy đang chọn…</translation>
    </message>
    <message>
        <source>C&amp;heck a certificate…</source>
        <translation>&amp;Kiểm tra giấy…</translation>
    </message>
    <message>
        <source>Printer ca&amp;libration…</source>
        <translation>Căn chỉnh máy &amp;in…</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người, đơn vị nhận</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số vào sổ</translation>
    </message>
    <message>
        <source>In the register</source>
        <translation>Tình trạng trong sổ</translation>
    </message>
    <message>
        <source>Every tổ</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message>
        <source>Voided: printing takes a new number</source>
        <translation>Đã hủy: in lại sẽ cấp số mới</translation>
    </message>
    <message>
        <source>Printed (%1×)</source>
        <translation>Đã in (%1 lần)</translation>
    </message>
    <message>
        <source>Not printed yet</source>
        <translation>Chưa in</translation>
    </message>
    <message>
        <source>%1 can have a certificate · %2 printed · %3 without a number yet</source>
        <translation>%1 được cấp giấy · %2 đã in · %3 chưa có số</translation>
    </message>
    <message>
        <source>&amp;Preview and print the chosen (%1)…</source>
        <translation>&amp;Xem trước và in các giấy đã chọn (%1)…</translation>
    </message>
    <message>
        <source>&amp;Preview and print all (%1)…</source>
        <translation>&amp;Xem trước và in tất cả (%1)…</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy công nhận</translation>
    </message>
    <message>
        <source>Every certificate chosen is printed already.</source>
        <translation>Các giấy đã chọn đều đã được in.</translation>
    </message>
    <message>
        <source>certificates-%1-%2.pdf</source>
        <translation>giay-cong-nhan-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the register as PDF</source>
        <translation>Lưu sổ cấp giấy thành tệp PDF</translation>
    </message>
    <message>
        <source>register-%1.pdf</source>
        <translation>so-cap-giay-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>register-%1.xlsx</source>
        <translation>so-cap-giay-%1.xlsx</translation>
    </message>
    <message>
        <source>Printer calibration page</source>
        <translation>Trang căn chỉnh máy in</translation>
    </message>
    <message>
        <source>1. Measure the long side of the rectangle: it should be 100 mm.</source>
        <translation>1. Đo cạnh dài của hình chữ nhật: đúng phải là 100 mm.</translation>
    </message>
    <message>
        <source>2. Measure from the paper&apos;s left and top edges to the first cross.</source>
        <translation>2. Đo từ mép trái và mép trên của tờ giấy đến tâm dấu chữ thập thứ nhất.</translation>
    </message>
    <message>
        <source>3. Enter the differences from 20 mm in the calibration window.</source>
        <translation>3. Nhập phần chênh lệch so với 20 mm vào cửa sổ căn chỉnh.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>ClanEditor</name>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên dòng họ:</translation>
    </message>
    <message>
        <source>&amp;Head of the clan (trưởng họ):</source>
        <translation>Trưởng &amp;họ:</translation>
    </message>
    <message>
        <source>Head of the clan&apos;s &amp;board (trưởng ban khuyến học):</source>
        <translation>Trưởng &amp;ban khuyến học dòng họ:</translation>
    </message>
    <message>
        <source>Learning &amp;fund:</source>
        <translation>&amp;Quỹ khuyến học:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Member households in &amp;other registers:</source>
        <translation>Số hộ thuộc &amp;chi hội khác:</translation>
    </message>
    <message>
        <source>e.g. Họ Nguyễn Đình</source>
        <translation>ví dụ Họ Nguyễn Đình</translation>
    </message>
    <message>
        <source>e.g. 25.000.000 đồng, raised at the 2026 meeting</source>
        <translation>ví dụ 25.000.000 đồng, vận động tại buổi họp họ năm 2026</translation>
    </message>
    <message>
        <source>Chi họ</source>
        <translation>Chi họ</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Trưởng chi</translation>
    </message>
    <message>
        <source>Add &amp;chi họ</source>
        <translation>Thêm &amp;chi họ</translation>
    </message>
    <message>
        <source>Add a branch &amp;under it</source>
        <translation>Thêm nhánh &amp;bên dưới</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>Chi họ (%1)</source>
        <translation>Chi họ (%1)</translation>
    </message>
    <message>
        <source>Households in this register (%1)</source>
        <translation>Các hộ trong chi hội này (%1)</translation>
    </message>
    <message>
        <source>New chi họ</source>
        <translation>Chi họ mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Remove %1 and the branches under it?</source>
        <translation>Bỏ %1 cùng các nhánh bên dưới?</translation>
    </message>
</context>
<context>
    <name>ClansPage</name>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Head of the clan</source>
        <translation>Trưởng họ</translation>
    </message>
    <message>
        <source>Head of its board</source>
        <translation>Trưởng ban khuyến học</translation>
    </message>
    <message>
        <source>Chi họ</source>
        <translation>Số chi họ</translation>
    </message>
    <message>
        <source>Households here</source>
        <translation>Số hộ trong chi hội</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ở nơi khác</translation>
    </message>
    <message>
        <source>&amp;New clan</source>
        <translation>Thêm &amp;dòng họ</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Clan name — accents not needed</source>
        <translation>Tên dòng họ — không cần gõ dấu</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?
You can restore it from the Trash page.</source>
        <translation>Cho &quot;%1&quot; vào Thùng rác?
Có thể khôi phục lại ở trang Thùng rác.</translation>
    </message>
    <message>
        <source>%1 clans</source>
        <translation>%1 dòng họ</translation>
    </message>
</context>
<context>
    <name>CommendationDialog</name>
    <message>
        <source>Commendation %1</source>
        <translation>Biểu dương năm %1</translation>
    </message>
    <message>
        <source>Tick the recognised subjects commended as exemplary.</source>
        <translation>Đánh dấu các đối tượng đã được công nhận nay được biểu dương là tiêu biểu.</translation>
    </message>
    <message>
        <source>e.g. Gia đình học tập tiêu biểu</source>
        <translation>ví dụ Gia đình học tập tiêu biểu</translation>
    </message>
    <message>
        <source>&amp;Commendation:</source>
        <translation>&amp;Nội dung biểu dương:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>&amp;Given by:</source>
        <translation>&amp;Đơn vị biểu dương:</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>These records were changed both on this computer and at the unit that sent them since they last came. This computer&apos;s version is kept; choose, field by field, what to take from the sender&apos;s version.</source>
        <translation>Những bản ghi dưới đây đã bị sửa ở cả máy này lẫn ở đơn vị gửi, kể từ lần nhận trước. Máy này vẫn giữ bản của mình; hãy chọn từng mục cần lấy theo bản của đơn vị gửi.</translation>
    </message>
    <message>
        <source>No conflict is waiting: every record is settled.</source>
        <translation>Không còn xung đột nào: mọi bản ghi đều đã được giải quyết.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Mã bản ghi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Đơn vị gửi</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>Nhận lúc</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Giá trị trên máy này</translation>
    </message>
    <message>
        <source>Value from the sender</source>
        <translation>Giá trị của đơn vị gửi</translation>
    </message>
    <message>
        <source>Take the sender&apos;s</source>
        <translation>Lấy theo đơn vị gửi</translation>
    </message>
    <message>
        <source>Fields not ticked keep this computer&apos;s value. Once kept, the sender&apos;s version counts as seen: only its next change raises a new conflict.</source>
        <translation>Mục nào không đánh dấu thì giữ giá trị trên máy này. Sau khi lưu, bản của đơn vị gửi được coi là đã xem: chỉ khi đơn vị gửi sửa tiếp thì mới phát sinh xung đột mới.</translation>
    </message>
    <message>
        <source>&amp;Keep these choices</source>
        <translation>&amp;Lưu các lựa chọn này</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Lấy</translation>
    </message>
    <message>
        <source>Choose a record above to see what differs.</source>
        <translation>Chọn một bản ghi ở trên để xem những chỗ khác nhau.</translation>
    </message>
    <message>
        <source>%1 %2: what differs between this computer and %3</source>
        <translation>%1 %2: những chỗ khác nhau giữa máy này và %3</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your saved data is safe.

Please copy the details and send them to whoever looks after this computer.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn.

Xin sao chép chi tiết và gửi cho người phụ trách máy tính này.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <source>XHHT Desktop — the administrator</source>
        <translation>XHHT Desktop — người quản trị</translation>
    </message>
    <message>
        <source>Create the administrator of this computer</source>
        <translation>Tạo tài khoản quản trị của máy này</translation>
    </message>
    <message>
        <source>Everyone who uses XHHT Desktop on this computer logs in with a name and a password, so that the list of changes says who did what. The first account is the administrator&apos;s: the administrator changes the settings, makes the accounts of the other volunteers, sets a new password when one is forgotten and restores backups.</source>
        <translation>Mọi người dùng XHHT Desktop trên máy này đều đăng nhập bằng tên và mật khẩu, để nhật ký thay đổi ghi rõ ai làm gì. Tài khoản đầu tiên là của người quản trị: người quản trị thay đổi cài đặt, tạo tài khoản cho các cộng tác viên khác, đặt mật khẩu mới khi có người quên và khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Write the password down and keep it somewhere safe. There is no email to get it back: if it is lost, only another administrator can set a new one.</source>
        <translation>Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn. Không có email để lấy lại: nếu quên, chỉ một người quản trị khác mới đặt được mật khẩu mới.</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>CriteriaSetEditor</name>
    <message>
        <source>Criteria set</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>Thông tin &amp;chung</translation>
    </message>
    <message>
        <source>&amp;Criteria</source>
        <translation>Tiêu c&amp;hí</translation>
    </message>
    <message>
        <source>Recognition rul&amp;e</source>
        <translation>&amp;Quy định công nhận</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Issuing &amp;document:</source>
        <translation>&amp;Văn bản ban hành:</translation>
    </message>
    <message>
        <source>&amp;First year:</source>
        <translation>Năm &amp;bắt đầu:</translation>
    </message>
    <message>
        <source>&amp;Last year:</source>
        <translation>Năm &amp;kết thúc:</translation>
    </message>
    <message>
        <source>still applies</source>
        <translation>còn áp dụng</translation>
    </message>
    <message>
        <source>Wording and points confirmed by the association (no longer a sample)</source>
        <translation>Nội dung và điểm đã được Hội xác nhận (không còn là bản mẫu)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Scored as</source>
        <translation>Cách chấm</translation>
    </message>
    <message>
        <source>Max. points</source>
        <translation>Điểm tối đa</translation>
    </message>
    <message>
        <source>Double-click a code or a wording to change it. An item with parts adds up its parts; give it a maximum only to cap that sum.</source>
        <translation>Bấm đúp vào mã hoặc nội dung để sửa. Mục có ý con thì điểm là tổng các ý con; chỉ ghi điểm tối đa khi muốn giới hạn tổng đó.</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>Thêm &amp;mục</translation>
    </message>
    <message>
        <source>Add &amp;part</source>
        <translation>Thêm ý co&amp;n</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Items that must be &amp;met:</source>
        <translation>Các mục &amp;bắt buộc đạt:</translation>
    </message>
    <message>
        <source>Each row needs a code and a number of points: %1</source>
        <translation>Mỗi dòng cần có mã và số điểm: %1</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>Mi&amp;nimum total:</source>
        <translation>Tổng điểm tối &amp;thiểu:</translation>
    </message>
    <message>
        <source>Minimum &amp;per item:</source>
        <translation>Điểm tối thiểu &amp;riêng từng mục:</translation>
    </message>
    <message>
        <source>&amp;Bands:</source>
        <translation>&amp;Xếp loại:</translation>
    </message>
    <message>
        <source>Codes separated by commas, e.g. 1.a, 3</source>
        <translation>Các mã, cách nhau bởi dấu phẩy, ví dụ 1.a, 3</translation>
    </message>
    <message>
        <source>Minimum points</source>
        <translation>Điểm tối thiểu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Word printed</source>
        <translation>Tên in ra</translation>
    </message>
    <message>
        <source>From total</source>
        <translation>Từ tổng điểm</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>points</source>
        <translation>chấm điểm</translation>
    </message>
    <message>
        <source>met / not met</source>
        <translation>đạt / không đạt</translation>
    </message>
    <message>
        <source>sum of parts</source>
        <translation>tổng ý con</translation>
    </message>
</context>
<context>
    <name>CriteriaSetsDialog</name>
    <message>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>A set used to score is kept as it was: to change it, copy it and change the copy. Sample sets (marked *) must be confirmed by the association before they are put in force.</source>
        <translation>Bộ tiêu chí đã dùng để chấm điểm được giữ nguyên: muốn thay đổi, hãy tạo bản sao rồi sửa bản sao. Bộ tiêu chí mẫu (có dấu *) cần được Hội xác nhận trước khi áp dụng.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên bộ tiêu chí</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Đã dùng</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Tạo &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Tạo bản &amp;sao</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Sửa nội d&amp;ung…</translation>
    </message>
    <message>
        <source>Put in &amp;force</source>
        <translation>Đưa vào á&amp;p dụng</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Ngừng áp dụng</translation>
    </message>
    <message>
        <source>&amp;Export to file…</source>
        <translation>&amp;Xuất ra tệp…</translation>
    </message>
    <message>
        <source>&amp;Import from file…</source>
        <translation>Nhập từ &amp;tệp…</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bản nháp</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>đang áp dụng</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ngừng áp dụng</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Export criteria set</source>
        <translation>Xuất bộ tiêu chí</translation>
    </message>
    <message>
        <source>Criteria sets (*.json)</source>
        <translation>Bộ tiêu chí (*.json)</translation>
    </message>
    <message>
        <source>Import criteria set</source>
        <translation>Nhập bộ tiêu chí</translation>
    </message>
</context>
<context>
    <name>CycleStep</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The data cannot be opened</source>
        <translation>Không mở được dữ liệu</translation>
    </message>
    <message>
        <source>The data file is damaged.</source>
        <translation>Tệp dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>XHHT Desktop checks its data every time it starts. This time the check found damage in the data file. This can happen after a power cut or when a disk is failing. Nothing has been changed yet.</source>
        <translation>Mỗi lần khởi động, XHHT Desktop đều kiểm tra dữ liệu. Lần này phát hiện tệp dữ liệu bị hỏng. Việc này có thể xảy ra sau khi mất điện hoặc khi ổ đĩa sắp hỏng. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Made on:</source>
        <translation>Tạo lúc:</translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation>Gồm có:</translation>
    </message>
    <message>
        <source>The newest good backup can be restored:</source>
        <translation>Có thể khôi phục bản sao lưu tốt mới nhất:</translation>
    </message>
    <message>
        <source>Restoring brings back the data as it was at that time: anything entered after it must be entered again. The damaged file is kept in the backups folder, so that a technician can try to rescue it.</source>
        <translation>Khôi phục sẽ đưa dữ liệu về như lúc đó: những gì nhập sau thời điểm ấy phải nhập lại. Tệp bị hỏng được giữ trong thư mục sao lưu để kỹ thuật viên thử cứu.</translation>
    </message>
    <message>
        <source>No good backup was found in the backups folder (%1).</source>
        <translation>Không tìm thấy bản sao lưu tốt nào trong thư mục sao lưu (%1).</translation>
    </message>
    <message>
        <source>If you have a backup on a USB stick, choose it with “Choose another…”. Otherwise quit and ask for help; please do not delete any file.</source>
        <translation>Nếu có bản sao lưu trên USB, hãy chọn bằng “Chọn bản khác…”. Nếu không, hãy thoát và nhờ người hỗ trợ; xin đừng xóa tệp nào.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Chi tiết kỹ thuật: %1</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Khôi phục bản này</translation>
    </message>
    <message>
        <source>&amp;Choose another…</source>
        <translation>&amp;Chọn bản khác…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Recognition decision %1</source>
        <translation>Quyết định công nhận năm %1</translation>
    </message>
    <message>
        <source>Enter the decision as signed and tick who it recognises.</source>
        <translation>Nhập quyết định như bản đã ký và đánh dấu các đối tượng được công nhận.</translation>
    </message>
    <message>
        <source>e.g. 15/QĐ-UBND</source>
        <translation>ví dụ 15/QĐ-UBND</translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation>&amp;Số quyết định:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Người &amp;ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Please correct the %1 marked field(s) before saving.</source>
        <translation>Xin sửa %1 ô được đánh dấu đỏ trước khi lưu.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>There are changes that are not saved. Save them?</source>
        <translation>Có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Mô hình:</translation>
    </message>
    <message>
        <source>Criteria se&amp;ts…</source>
        <translation>Bộ tiê&amp;u chí…</translation>
    </message>
    <message>
        <source>&amp;Print the year&apos;s documents…</source>
        <translation>&amp;In tài liệu của năm…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel</source>
        <translation>Xuất ra &amp;Excel</translation>
    </message>
    <message>
        <source>The registrations of this model…</source>
        <translation>Danh sách đăng ký của mô hình này…</translation>
    </message>
    <message>
        <source>The year&apos;s figures for every model…</source>
        <translation>Số liệu trong năm của mọi mô hình…</translation>
    </message>
    <message>
        <source>Registration lists, minutes, proposal lists, decision annexes and the yearly report, as PDF files in a folder you choose</source>
        <translation>Danh sách đăng ký, biên bản bình xét, danh sách đề nghị, danh sách kèm quyết định và báo cáo năm, dạng tệp PDF trong thư mục bạn chọn</translation>
    </message>
    <message>
        <source>1. &amp;Register…</source>
        <translation>1. Đăng &amp;ký…</translation>
    </message>
    <message>
        <source>2. &amp;Score…</source>
        <translation>2. &amp;Chấm điểm…</translation>
    </message>
    <message>
        <source>3. Re&amp;view meeting…</source>
        <translation>3. &amp;Bình xét…</translation>
    </message>
    <message>
        <source>4. &amp;Decision…</source>
        <translation>4. Công n&amp;hận…</translation>
    </message>
    <message>
        <source>Co&amp;mmend…</source>
        <translation>Biểu &amp;dương…</translation>
    </message>
    <message>
        <source>Un&amp;register</source>
        <translation>Hủ&amp;y đăng ký</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Meets the rule</source>
        <translation>Đạt yêu cầu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>chưa đạt</translation>
    </message>
    <message>
        <source>%1 subjects · registered %2 · scored %3 · proposed %4 · recognised %5 · commended %6</source>
        <translation>%1 đối tượng · đăng ký %2 · đã chấm %3 · đề nghị %4 · công nhận %5 · biểu dương %6</translation>
    </message>
    <message>
        <source>2. &amp;Correct the score…</source>
        <translation>2. Đính &amp;chính điểm…</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Everyone who can register for this model is registered already.</source>
        <translation>Mọi đối tượng của mô hình này đều đã đăng ký.</translation>
    </message>
    <message>
        <source>Folder for the documents of %1</source>
        <translation>Thư mục lưu tài liệu năm %1</translation>
    </message>
    <message>
        <source>documents-%1</source>
        <translation>tai-lieu-%1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Nothing to print yet for %1: nobody has registered.</source>
        <translation>Năm %1 chưa có gì để in: chưa có đối tượng nào đăng ký.</translation>
    </message>
    <message>
        <source>Remove the registration of %1 for %2?</source>
        <translation>Hủy đăng ký năm %2 của %1?</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Hủy đăng ký</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>registrations-%1.xlsx</source>
        <translation>danh-sach-dang-ky-%1.xlsx</translation>
    </message>
    <message>
        <source>figures-%1.xlsx</source>
        <translation>so-lieu-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>ExcelCheckPage</name>
    <message>
        <source>The check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Rows with errors (red) are not imported; rows with warnings (amber) are imported as shown; choose what to do with households already in the register (blue).</source>
        <translation>Chưa ghi gì vào sổ. Các dòng có lỗi (màu đỏ) sẽ không được nhập; các dòng có cảnh báo (màu vàng) được nhập như đang hiện; với các hộ đã có trong sổ hộ (màu xanh lam), hãy chọn cách xử lý.</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Hiển thị:</translation>
    </message>
    <message>
        <source>Problems and duplicates</source>
        <translation>Hộ có vấn đề hoặc bị trùng</translation>
    </message>
    <message>
        <source>All households</source>
        <translation>Tất cả các hộ</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Chỉ hộ có lỗi</translation>
    </message>
    <message>
        <source>Duplicates only</source>
        <translation>Chỉ hộ bị trùng</translation>
    </message>
    <message>
        <source>All &amp;duplicates:</source>
        <translation>Tất &amp;cả hộ bị trùng:</translation>
    </message>
    <message>
        <source>&amp;Save the errors as Excel…</source>
        <translation>&amp;Lưu các lỗi ra tệp Excel…</translation>
    </message>
    <message>
        <source>The rows with problems and what is wrong, to correct them in Excel</source>
        <translation>Các dòng có vấn đề và chỗ sai của từng dòng, để sửa lại trong Excel</translation>
    </message>
    <message>
        <source>%1 households (%2 persons) in %3 rows: %4 to add, %5 to update, %6 skipped, %7 with errors (not imported), %8 with warnings, %9 already in the register.</source>
        <translation>%1 hộ (%2 người) trong %3 dòng: %4 hộ thêm mới, %5 hộ cập nhật, %6 hộ bỏ qua, %7 hộ có lỗi (không nhập), %8 hộ có cảnh báo, %9 hộ đã có trong sổ hộ.</translation>
    </message>
</context>
<context>
    <name>ExcelColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>Các cột</translation>
    </message>
    <message>
        <source>What each column of the sheet holds. Correct what was not recognised.</source>
        <translation>Nội dung của từng cột trong trang tính. Hãy chọn lại cho những cột chưa được nhận ra đúng.</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>&amp;Dòng tiêu đề:</translation>
    </message>
    <message>
        <source>Each &amp;row is:</source>
        <translation>&amp;Mỗi dòng là:</translation>
    </message>
    <message>
        <source>a household (its head)</source>
        <translation>một hộ (ghi tên chủ hộ)</translation>
    </message>
    <message>
        <source>a person (rows grouped into households)</source>
        <translation>một người (các dòng được gộp thành từng hộ)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Giá trị đầu tiên</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (head of household or full name).</source>
        <translation>Hãy chọn cột chứa tên (Chủ hộ hoặc Họ và tên).</translation>
    </message>
    <message>
        <source>Rows are grouped into households by the household number (a blank one continues the household above), else by the head of household&apos;s name, else a household starts at each row whose relation is “Chủ hộ”.</source>
        <translation>Các dòng được gộp thành hộ theo số hộ (dòng để trống số hộ thuộc cùng hộ với dòng trên); nếu không có số hộ thì theo tên chủ hộ; nếu cũng không có thì mỗi dòng có quan hệ là “Chủ hộ” bắt đầu một hộ mới.</translation>
    </message>
    <message>
        <source>Each row is one household; its name column is the head of household. Members can be added later in the register.</source>
        <translation>Mỗi dòng là một hộ; cột tên là tên chủ hộ. Có thể thêm các thành viên sau, trong sổ hộ.</translation>
    </message>
</context>
<context>
    <name>ExcelConfirmPage</name>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Check the figures, then press Import.</source>
        <translation>Hãy kiểm tra các con số, rồi bấm Nhập.</translation>
    </message>
    <message>
        <source>From %1 (sheet %2):

• %3 households will be added
• %4 households of the register will be updated (address, phone, new members)
• %5 households are skipped, %6 of them because of errors

Nothing has been written yet. Import writes all of them at once: if anything goes wrong, nothing is written.</source>
        <translation>Từ tệp %1 (trang tính %2):

• Sẽ thêm mới %3 hộ
• Sẽ cập nhật %4 hộ trong sổ hộ (địa chỉ, điện thoại, thành viên mới)
• Bỏ qua %5 hộ, trong đó %6 hộ vì có lỗi

Chưa ghi gì vào sổ. Khi bấm Nhập, tất cả được ghi cùng một lúc: nếu có trục trặc thì sẽ không ghi gì cả.</translation>
    </message>
</context>
<context>
    <name>ExcelExport</name>
    <message>
        <source>Save as an Excel file</source>
        <translation>Lưu thành tệp Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
</context>
<context>
    <name>ExcelImport</name>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Row number (STT, not imported)</source>
        <translation>Số thứ tự (STT, không nhập)</translation>
    </message>
    <message>
        <source>Household number (groups the rows)</source>
        <translation>Số hộ (để gộp các dòng)</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Date or year of birth</source>
        <translation>Ngày hoặc năm sinh</translation>
    </message>
    <message>
        <source>Year of birth, men</source>
        <translation>Năm sinh (nam)</translation>
    </message>
    <message>
        <source>Year of birth, women</source>
        <translation>Năm sinh (nữ)</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Số nhà</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường</translation>
    </message>
    <message>
        <source>Whole address (split into its parts)</source>
        <translation>Địa chỉ đầy đủ (tách ra từng phần)</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Khu phố / ấp / thôn</source>
        <translation>Khu phố / ấp / thôn</translation>
    </message>
    <message>
        <source>Economic status</source>
        <translation>Hoàn cảnh kinh tế</translation>
    </message>
    <message>
        <source>Poor household (marked x)</source>
        <translation>Hộ nghèo (đánh dấu x)</translation>
    </message>
    <message>
        <source>Near-poor household (marked x)</source>
        <translation>Hộ cận nghèo (đánh dấu x)</translation>
    </message>
    <message>
        <source>Association member</source>
        <translation>Là hội viên</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Studying now</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Number of members (not imported)</source>
        <translation>Số nhân khẩu (không nhập)</translation>
    </message>
    <message>
        <source>Unicode (no conversion)</source>
        <translation>Unicode (không chuyển đổi)</translation>
    </message>
    <message>
        <source>TCVN3 (ABC, .VnTime fonts)</source>
        <translation>TCVN3 (ABC, phông chữ .VnTime)</translation>
    </message>
    <message>
        <source>VNI-Windows (VNI- fonts)</source>
        <translation>VNI-Windows (phông chữ VNI-)</translation>
    </message>
    <message>
        <source>VISCII</source>
        <translation>VISCII</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Already in the register: %1, %2 (born %3)</source>
        <translation>Đã có trong sổ hộ: %1, %2 (sinh năm %3)</translation>
    </message>
    <message>
        <source>Row %1, %2: </source>
        <translation>Dòng %1, %2: </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>Correct the errors in the file, then import it again.</source>
        <translation>Hãy sửa các lỗi trong tệp, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Skip: leave the register&apos;s household as it is. Update: give it this row&apos;s address and phone, and add the members it lacks. Add as new: a second household beside it.</source>
        <translation>Bỏ qua: giữ nguyên hộ đã có trong sổ hộ. Cập nhật: lấy địa chỉ và điện thoại của dòng này cho hộ đó, và thêm các thành viên hộ đó còn thiếu. Thêm mới: thêm một hộ thứ hai bên cạnh hộ đó.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <source>Import households from Excel</source>
        <translation>Nhập hộ gia đình từ Excel</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <source>%1-errors.xlsx</source>
        <translation>%1-loi.xlsx</translation>
    </message>
    <message>
        <source>Save the errors as an Excel file</source>
        <translation>Lưu các lỗi thành tệp Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Imported: %1 households added, %2 updated, %3 skipped.</source>
        <translation>Đã nhập: thêm mới %1 hộ, cập nhật %2 hộ, bỏ qua %3 hộ.</translation>
    </message>
</context>
<context>
    <name>ExcelSourcePage</name>
    <message>
        <source>The file</source>
        <translation>Tệp Excel</translation>
    </message>
    <message>
        <source>Which sheet holds the list, and how its text was typed.</source>
        <translation>Trang tính nào chứa danh sách, và chữ trong đó được gõ bằng bảng mã nào.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>T&amp;rang tính:</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Bảng mã:</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Như trong tệp</translation>
    </message>
    <message>
        <source>As it will be imported</source>
        <translation>Sẽ được nhập thành</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (tự nhận ra)</translation>
    </message>
    <message>
        <source>This list was typed with an old Vietnamese font (%1). Its text will be converted to Unicode; check the examples below. If they look wrong, choose another encoding.</source>
        <translation>Danh sách này được gõ bằng phông chữ tiếng Việt cũ (%1). Chữ sẽ được chuyển sang Unicode; hãy xem các ví dụ bên dưới. Nếu thấy sai, hãy chọn bảng mã khác.</translation>
    </message>
    <message>
        <source>The text is in Unicode and is imported as it is. If the names below look garbled (for example “NguyÔn” or “Nguyeãn”), choose the old font&apos;s encoding.</source>
        <translation>Chữ trong tệp đã là Unicode và được nhập nguyên như vậy. Nếu tên bên dưới bị lỗi phông chữ (ví dụ “NguyÔn” hay “Nguyeãn”), hãy chọn bảng mã của phông chữ cũ.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>House number</source>
        <translation>Số nhà</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Đường/phố</translation>
    </message>
    <message>
        <source>Tổ</source>
        <translation>Tổ</translation>
    </message>
    <message>
        <source>Hamlet (khu phố / ấp / thôn)</source>
        <translation>Khu phố / ấp / thôn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Economic status</source>
        <translation>Hoàn cảnh kinh tế</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Head of household (record)</source>
        <translation>Chủ hộ (mã bản ghi)</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Số thành viên</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Relation to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Literacy</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Studying</source>
        <translation>Đang đi học</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Nghề nghiệp</translation>
    </message>
    <message>
        <source>Association member</source>
        <translation>Là hội viên</translation>
    </message>
    <message>
        <source>Order in the household</source>
        <translation>Thứ tự trong hộ</translation>
    </message>
    <message>
        <source>Household (record)</source>
        <translation>Hộ gia đình (mã bản ghi)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Ngày bắt đầu</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ngày kết thúc</translation>
    </message>
    <message>
        <source>Deleted (in the trash) on</source>
        <translation>Cho vào thùng rác lúc</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Criteria set (record)</source>
        <translation>Bộ tiêu chí (mã bản ghi)</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Phiếu chấm điểm</translation>
    </message>
    <message>
        <source>Total points</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>Standard met</source>
        <translation>Đạt yêu cầu</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation>Ngày chấm điểm</translation>
    </message>
    <message>
        <source>Review meeting (record)</source>
        <translation>Họp bình xét (mã bản ghi)</translation>
    </message>
    <message>
        <source>Proposed for recognition</source>
        <translation>Được đề nghị công nhận</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Ghi chú khi bình xét</translation>
    </message>
    <message>
        <source>Recognition decision (record)</source>
        <translation>Quyết định công nhận (mã bản ghi)</translation>
    </message>
    <message>
        <source>Commendation (record)</source>
        <translation>Biểu dương, khen thưởng (mã bản ghi)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <source>Learning activities</source>
        <translation>Hoạt động học tập</translation>
    </message>
    <message>
        <source>Attendance at activities</source>
        <translation>Lượt tham gia hoạt động</translation>
    </message>
    <message>
        <source>Agencies, schools and enterprises</source>
        <translation>Cơ quan, trường học, doanh nghiệp</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Clan branches</source>
        <translation>Chi họ</translation>
    </message>
    <message>
        <source>Households of clans</source>
        <translation>Hộ thuộc dòng họ</translation>
    </message>
    <message>
        <source>Criteria sets</source>
        <translation>Bộ tiêu chí</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>Họp bình xét</translation>
    </message>
    <message>
        <source>Recognition decisions</source>
        <translation>Quyết định công nhận</translation>
    </message>
    <message>
        <source>Commendations</source>
        <translation>Biểu dương, khen thưởng</translation>
    </message>
    <message>
        <source>Title registrations</source>
        <translation>Đăng ký danh hiệu</translation>
    </message>
    <message>
        <source>Score corrections</source>
        <translation>Đính chính điểm</translation>
    </message>
    <message>
        <source>Certificates numbered</source>
        <translation>Giấy đã cấp số</translation>
    </message>
    <message>
        <source>Certificate printings</source>
        <translation>Lượt in giấy</translation>
    </message>
    <message>
        <source>Aggregate figures (no personal data)</source>
        <translation>Số liệu tổng hợp (không có thông tin cá nhân)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Các thay đổi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Toàn bộ</translation>
    </message>
    <message>
        <source>Aggregates only</source>
        <translation>Chỉ số liệu tổng hợp</translation>
    </message>
    <message>
        <source>Package %1 has not arrived</source>
        <translation>Chưa nhận được gói số %1</translation>
    </message>
    <message>
        <source>Packages %1 from %2 have not arrived.</source>
        <translation>Chưa nhận được các gói số %1 của %2.</translation>
    </message>
    <message>
        <source>Packages %1 have not arrived</source>
        <translation>Chưa nhận được các gói số %1</translation>
    </message>
    <message>
        <source>This file was refused (%1). Nothing was changed.</source>
        <translation>Tệp này bị từ chối (%1). Không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Data travels on a USB stick: each unit writes a package for the unit above it, which checks it, imports it and gives back a receipt. Packages are signed, and encrypted once the parent&apos;s key file is imported here.</source>
        <translation>Dữ liệu được chuyển bằng USB: mỗi đơn vị ghi một gói dữ liệu cho đơn vị cấp trên; đơn vị cấp trên kiểm tra, nhập gói đó và gửi lại giấy báo nhận. Các gói dữ liệu đều có chữ ký số, và được mã hóa khi tệp khóa của đơn vị cấp trên đã được nhập vào máy này.</translation>
    </message>
    <message>
        <source>This unit</source>
        <translation>Đơn vị này</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Dấu vân tay khóa:</translation>
    </message>
    <message>
        <source>Read it out over the phone when another unit checks a package or a key file from this unit, before trusting the first one.</source>
        <translation>Khi đơn vị khác nhận gói dữ liệu hoặc tệp khóa đầu tiên của đơn vị này, hãy đọc dãy này qua điện thoại để họ đối chiếu trước khi tin nhận.</translation>
    </message>
    <message>
        <source>&amp;Save this unit&apos;s key file…</source>
        <translation>&amp;Lưu tệp khóa của đơn vị này…</translation>
    </message>
    <message>
        <source>Give it once to the units below: their packages are then encrypted so that only this unit can read them.</source>
        <translation>Gửi tệp này một lần cho các đơn vị cấp dưới: từ đó gói dữ liệu của họ được mã hóa, chỉ đơn vị này đọc được.</translation>
    </message>
    <message>
        <source>Parent unit:</source>
        <translation>Đơn vị cấp trên:</translation>
    </message>
    <message>
        <source>Import the &amp;parent&apos;s key file…</source>
        <translation>Nhập tệp &amp;khóa của đơn vị cấp trên…</translation>
    </message>
    <message>
        <source>Send to the parent</source>
        <translation>Gửi lên đơn vị cấp trên</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Các thay đổi</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>Toàn &amp;bộ</translation>
    </message>
    <message>
        <source>&amp;Aggregates only</source>
        <translation>Chỉ số liệu tổng &amp;hợp</translation>
    </message>
    <message>
        <source>What changed or arrived here since the package the parent acknowledged with its receipt (all of it, the first time).</source>
        <translation>Những gì đã thay đổi hoặc được nhận về đây kể từ gói mà đơn vị cấp trên đã gửi giấy báo nhận (lần đầu thì gửi tất cả).</translation>
    </message>
    <message>
        <source>All of this unit&apos;s data, for example when a package was lost.</source>
        <translation>Toàn bộ dữ liệu của đơn vị này, ví dụ khi một gói bị thất lạc.</translation>
    </message>
    <message>
        <source>Only the counts per model, year and tổ: no names, no personal data.</source>
        <translation>Chỉ các con số theo mô hình, năm và tổ: không có tên, không có thông tin cá nhân.</translation>
    </message>
    <message>
        <source>&amp;Write the package…</source>
        <translation>Ghi gói &amp;dữ liệu…</translation>
    </message>
    <message>
        <source>Import the parent&apos;s &amp;receipt…</source>
        <translation>Nhập g&amp;iấy báo nhận của cấp trên…</translation>
    </message>
    <message>
        <source>Packages written:</source>
        <translation>Các gói đã ghi:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Gói số</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Ngày ghi</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Số bản ghi</translation>
    </message>
    <message>
        <source>Receipt from the parent</source>
        <translation>Giấy báo nhận của cấp trên</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Receive from the units below</source>
        <translation>Nhận từ các đơn vị cấp dưới</translation>
    </message>
    <message>
        <source>&amp;Import a package…</source>
        <translation>&amp;Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <source>Importing first shows what the package would change; nothing is changed until you press Import. A copy of the data is saved just before.</source>
        <translation>Khi nhập, phần mềm cho xem trước gói dữ liệu sẽ thay đổi những gì; chưa có gì thay đổi cho đến khi bạn bấm Nhập. Dữ liệu được sao lưu ngay trước khi nhập.</translation>
    </message>
    <message>
        <source>Units that send packages here:</source>
        <translation>Các đơn vị gửi gói dữ liệu về đây:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Dấu vân tay khóa</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Gói gần nhất</translation>
    </message>
    <message>
        <source>Missing packages</source>
        <translation>Gói còn thiếu</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>Nhập lúc</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>Tin cậy từ</translation>
    </message>
    <message>
        <source>No key of the parent unit yet: packages are not encrypted</source>
        <translation>Chưa có khóa của đơn vị cấp trên: gói dữ liệu chưa được mã hóa</translation>
    </message>
    <message>
        <source>Its key: %1 — packages are encrypted to it</source>
        <translation>Khóa: %1 — các gói dữ liệu được mã hóa theo khóa này</translation>
    </message>
    <message>
        <source>C&amp;onflicts (%1)…</source>
        <translation>X&amp;ung đột (%1)…</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Đã có, %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>Số %1 (%2)</translation>
    </message>
    <message>
        <source>Save this unit&apos;s key file</source>
        <translation>Lưu tệp khóa của đơn vị này</translation>
    </message>
    <message>
        <source>Key files (*%1)</source>
        <translation>Tệp khóa (*%1)</translation>
    </message>
    <message>
        <source>Send and receive data</source>
        <translation>Gửi và nhận dữ liệu</translation>
    </message>
    <message>
        <source>Import the parent unit&apos;s key file</source>
        <translation>Nhập tệp khóa của đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Check its key&apos;s fingerprint with the parent unit by phone: %1</source>
        <translation>Hãy gọi điện cho đơn vị cấp trên để đối chiếu dấu vân tay khóa: %1</translation>
    </message>
    <message>
        <source>Choose the USB stick (or folder) to write the package to</source>
        <translation>Chọn USB (hoặc thư mục) để ghi gói dữ liệu</translation>
    </message>
    <message>
        <source>Its one-page summary is next to it (%1): print it, sign it and send it with the USB stick.</source>
        <translation>Bên cạnh gói có bản tóm tắt một trang (%1): hãy in ra, ký tên và gửi kèm USB.</translation>
    </message>
    <message>
        <source>The package is encrypted: only %1 can read it.</source>
        <translation>Gói dữ liệu đã được mã hóa: chỉ %1 đọc được.</translation>
    </message>
    <message>
        <source>Import the parent unit&apos;s receipt</source>
        <translation>Nhập giấy báo nhận của đơn vị cấp trên</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Giấy báo nhận (*%1)</translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>XHHT packages (*%1)</source>
        <translation>Gói dữ liệu XHHT (*%1)</translation>
    </message>
</context>
<context>
    <name>HouseholdEditor</name>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Household of %1</source>
        <translation>Hộ gia đình %1</translation>
    </message>
    <message>
        <source>House &amp;no.:</source>
        <translation>Số &amp;nhà:</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>Đường/&amp;phố:</translation>
    </message>
    <message>
        <source>T&amp;ổ:</source>
        <translation>&amp;Tổ:</translation>
    </message>
    <message>
        <source>&amp;Khu phố / ấp:</source>
        <translation>&amp;Khu phố / ấp:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Economic status:</source>
        <translation>Hoàn &amp;cảnh kinh tế:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>e.g. 0903 123 456</source>
        <translation>ví dụ 0903 123 456</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Thành viên</translation>
    </message>
    <message>
        <source>Learning activities attended (%1)</source>
        <translation>Hoạt động học tập đã tham gia (%1)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Learning-family titles (%1)</source>
        <translation>Danh hiệu gia đình học tập (%1)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Lịch sử (%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng điểm</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Recognised as a learning family %1 year(s) in a row, up to %2.</source>
        <translation>Được công nhận Gia đình học tập %1 năm liền, đến năm %2.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Selected member</source>
        <translation>Thành viên đang chọn</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Thêm thành &amp;viên</translation>
    </message>
    <message>
        <source>Add a member (Ctrl+M)</source>
        <translation>Thêm một thành viên (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>&amp;Bỏ thành viên</translation>
    </message>
    <message>
        <source>Make &amp;head</source>
        <translation>Đặt làm &amp;chủ hộ</translation>
    </message>
    <message>
        <source>Mo&amp;ve to another household…</source>
        <translation>Chuyển sang &amp;hộ khác…</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <source>&amp;Born:</source>
        <translation>Ngày/năm &amp;sinh:</translation>
    </message>
    <message>
        <source>&amp;Relation to head:</source>
        <translation>&amp;Quan hệ với chủ hộ:</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>&amp;Trình độ học vấn:</translation>
    </message>
    <message>
        <source>&amp;Literacy:</source>
        <translation>&amp;Biết chữ:</translation>
    </message>
    <message>
        <source>&amp;Studying:</source>
        <translation>Đang đi &amp;học:</translation>
    </message>
    <message>
        <source>Occ&amp;upation:</source>
        <translation>Nghề ng&amp;hiệp:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Ghi chú:</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, or the year alone</source>
        <translation>ngày/tháng/năm, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <source>now at school</source>
        <translation>đang đi học</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Member of the association (hội viên)</source>
        <translation>Là hội viên Hội Khuyến học</translation>
    </message>
    <message>
        <source>There are unsaved changes to this household from %1. Restore them?</source>
        <translation>Có thay đổi chưa lưu của hộ này từ lúc %1. Khôi phục lại không?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Bỏ thành viên</translation>
    </message>
    <message>
        <source>The head of household cannot be removed. Make another member the head first.</source>
        <translation>Không thể bỏ chủ hộ. Hãy đặt một thành viên khác làm chủ hộ trước.</translation>
    </message>
    <message>
        <source>Remove %1 from this household? After saving, the member is in the trash and can be restored.</source>
        <translation>Bỏ %1 khỏi hộ này? Sau khi lưu, thành viên này nằm trong Thùng rác và có thể khôi phục.</translation>
    </message>
    <message>
        <source>Move member</source>
        <translation>Chuyển thành viên</translation>
    </message>
    <message>
        <source>Please save the changes to this household first.</source>
        <translation>Xin lưu các thay đổi của hộ này trước.</translation>
    </message>
    <message>
        <source>Please correct the %1 marked field(s) before saving.</source>
        <translation>Xin sửa %1 ô được đánh dấu đỏ trước khi lưu.</translation>
    </message>
    <message>
        <source>This household has changes that are not saved. Save them?</source>
        <translation>Hộ này có thay đổi chưa lưu. Lưu lại không?</translation>
    </message>
</context>
<context>
    <name>HouseholdTable</name>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Economic status</source>
        <translation>Hoàn cảnh</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>HouseholdsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Tìm &amp;kiếm:</translation>
    </message>
    <message>
        <source>Name, address or phone — accents not needed</source>
        <translation>Tên, địa chỉ, điện thoại — không cần gõ dấu</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>Thêm &amp;hộ mới</translation>
    </message>
    <message>
        <source>Add a household (Ctrl+N)</source>
        <translation>Thêm một hộ gia đình (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Open the selected household (Enter)</source>
        <translation>Mở hộ đang chọn (Enter)</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Cho vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>Move the selected household to the trash (Del)</source>
        <translation>Cho hộ đang chọn vào Thùng rác (Del)</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;In danh sách…</translation>
    </message>
    <message>
        <source>A signed list of the households shown, as a PDF ready to print</source>
        <translation>Danh sách các hộ đang hiện, có chỗ ký, dạng PDF sẵn sàng để in</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>I&amp;mport from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Bring in a household list kept in Excel: columns are recognised, old Vietnamese fonts converted, and nothing is written before you confirm</source>
        <translation>Đưa danh sách hộ đang lưu trong Excel vào sổ: tự nhận ra các cột, đổi chữ gõ bằng phông cũ sang Unicode, và chưa ghi gì cho đến khi bạn xác nhận</translation>
    </message>
    <message>
        <source>The households shown, with every column, as an Excel workbook</source>
        <translation>Các hộ đang hiện, đủ mọi cột, thành tệp Excel</translation>
    </message>
    <message>
        <source>Any economic status</source>
        <translation>Mọi hoàn cảnh</translation>
    </message>
    <message>
        <source>All tổ</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message>
        <source>%1 of %2 households</source>
        <translation>%1 / %2 hộ</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 hộ</translation>
    </message>
    <message>
        <source>Move the household of %1 to the trash?
You can restore it from the Trash page.</source>
        <translation>Cho hộ %1 vào Thùng rác?
Có thể khôi phục lại ở trang Thùng rác.</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Cho vào thùng rác</translation>
    </message>
    <message>
        <source>household-list.pdf</source>
        <translation>danh-sach-ho-gia-dinh.pdf</translation>
    </message>
    <message>
        <source>Save the list as PDF</source>
        <translation>Lưu danh sách thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Import households from Excel</source>
        <translation>Nhập hộ gia đình từ Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx *.xls)</source>
        <translation>Tệp Excel (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>household-list.xlsx</source>
        <translation>danh-sach-ho-gia-dinh.xlsx</translation>
    </message>
</context>
<context>
    <name>InstallationForm</name>
    <message>
        <source>&amp;Level of this installation:</source>
        <translation>&amp;Cấp của đơn vị dùng máy này:</translation>
    </message>
    <message>
        <source>&amp;Province / city:</source>
        <translation>&amp;Tỉnh / thành phố:</translation>
    </message>
    <message>
        <source>&amp;Ward / commune:</source>
        <translation>&amp;Phường / xã:</translation>
    </message>
    <message>
        <source>&amp;Unit name:</source>
        <translation>Tên đơn &amp;vị:</translation>
    </message>
    <message>
        <source>&amp;Association name on documents:</source>
        <translation>Tên &amp;hội in trên văn bản:</translation>
    </message>
    <message>
        <source>Unit &amp;code:</source>
        <translation>&amp;Mã đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Tổ of the branch (one per line):</source>
        <translation>Các &amp;tổ của chi hội (mỗi dòng một tổ):</translation>
    </message>
    <message>
        <source>Type to filter, e.g. ben thanh</source>
        <translation>Gõ để lọc, ví dụ ben thanh</translation>
    </message>
    <message>
        <source>e.g. Chi hội Khuyến học Khu phố 3</source>
        <translation>ví dụ Chi hội Khuyến học Khu phố 3</translation>
    </message>
    <message>
        <source>e.g. Hội Khuyến học phường Bến Thành</source>
        <translation>ví dụ Hội Khuyến học phường Bến Thành</translation>
    </message>
    <message>
        <source>Identifies this unit in packages sent upward. Suggested from the official codes.</source>
        <translation>Dùng để nhận biết đơn vị trong các gói dữ liệu gửi lên cấp trên. Được gợi ý theo mã hành chính chính thức.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Not poor</source>
        <translation>Không thuộc diện nghèo</translation>
    </message>
    <message>
        <source>Poor household</source>
        <translation>Hộ nghèo</translation>
    </message>
    <message>
        <source>Near-poor household</source>
        <translation>Hộ cận nghèo</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Anh/chị/em</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Ông/bà</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cháu</translation>
    </message>
    <message>
        <source>Son/daughter-in-law</source>
        <translation>Con dâu/con rể</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not yet at school</source>
        <translation>Chưa đi học</translation>
    </message>
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
        <translation>Trung học cơ sở</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Trung học phổ thông</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Cao đẳng</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Đại học</translation>
    </message>
    <message>
        <source>Postgraduate</source>
        <translation>Sau đại học</translation>
    </message>
    <message>
        <source>Literate</source>
        <translation>Biết chữ</translation>
    </message>
    <message>
        <source>Illiterate</source>
        <translation>Mù chữ</translation>
    </message>
    <message>
        <source>Relapsed into illiteracy</source>
        <translation>Tái mù chữ</translation>
    </message>
    <message>
        <source>Branch (khu phố / ấp / thôn)</source>
        <translation>Chi hội (khu phố / ấp / thôn)</translation>
    </message>
    <message>
        <source>Ward / commune association</source>
        <translation>Hội Khuyến học phường / xã</translation>
    </message>
    <message>
        <source>Province / city association</source>
        <translation>Hội Khuyến học tỉnh / thành phố</translation>
    </message>
    <message>
        <source>District association (before 1 July 2025)</source>
        <translation>Hội Khuyến học quận / huyện (trước 01/7/2025)</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường học</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <source>Learning family (Gia đình học tập)</source>
        <translation>Gia đình học tập</translation>
    </message>
    <message>
        <source>Learning clan (Dòng họ học tập)</source>
        <translation>Dòng họ học tập</translation>
    </message>
    <message>
        <source>Learning community (Cộng đồng học tập)</source>
        <translation>Cộng đồng học tập</translation>
    </message>
    <message>
        <source>Learning unit (Đơn vị học tập)</source>
        <translation>Đơn vị học tập</translation>
    </message>
    <message>
        <source>Learning citizen (Công dân học tập)</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Đã đăng ký</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Đã chấm điểm</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Được đề nghị</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Được công nhận</translation>
    </message>
    <message>
        <source>Recognised and commended</source>
        <translation>Được công nhận và biểu dương</translation>
    </message>
    <message>
        <source>Good (Tốt)</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Fairly good (Khá)</source>
        <translation>Khá</translation>
    </message>
    <message>
        <source>Average (Trung bình)</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Not reached (Không đạt)</source>
        <translation>Không đạt</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>XHHT Desktop — locked</source>
        <translation>XHHT Desktop — đã khóa</translation>
    </message>
    <message>
        <source>XHHT Desktop — log in</source>
        <translation>XHHT Desktop — đăng nhập</translation>
    </message>
    <message>
        <source>XHHT Desktop was locked because nobody used it for a while. Windows that were open are still there. Type the password of %1 to go on, or press “Switch user” to log in as someone else.</source>
        <translation>XHHT Desktop đã tự khóa vì một lúc lâu không ai dùng. Các cửa sổ đang mở vẫn còn nguyên. Gõ mật khẩu của %1 để làm tiếp, hoặc bấm “Đổi người dùng” để đăng nhập bằng tài khoản khác.</translation>
    </message>
    <message>
        <source>Please log in with your name and password to use XHHT Desktop.</source>
        <translation>Xin đăng nhập bằng tên và mật khẩu của mình để dùng XHHT Desktop.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Hiện chữ đang gõ</translation>
    </message>
    <message>
        <source>&amp;Switch user</source>
        <translation>Đổi người &amp;dùng</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>Check that Caps Lock is off and that the Vietnamese typing (Unikey) is set as when the password was made. A forgotten password: ask the administrator.</source>
        <translation>Xem phím Caps Lock đã tắt chưa, và bộ gõ tiếng Việt (Unikey) có để giống lúc đặt mật khẩu không. Quên mật khẩu: hỏi người quản trị.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Bây giờ có thể thử lại.</translation>
    </message>
    <message>
        <source>Please type your name.</source>
        <translation>Xin gõ tên đăng nhập.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>XHHT Desktop — learning-promotion records</source>
        <translation>XHHT Desktop — Quản lý dữ liệu khuyến học</translation>
    </message>
    <message>
        <source>Opening the data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New household</source>
        <translation>Thêm &amp;hộ mới</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Lock / switch user</source>
        <translation>&amp;Khóa / đổi người dùng</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Chữ &amp;to hơn</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Chữ &amp;nhỏ hơn</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Cỡ chữ &amp;mặc định</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About XHHT Desktop</source>
        <translation>&amp;Giới thiệu XHHT Desktop</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Giấy công nhận</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>Send and receive</source>
        <translation>Gửi và nhận dữ liệu</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Người dùng: %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>About XHHT Desktop</source>
        <translation>Giới thiệu XHHT Desktop</translation>
    </message>
    <message>
        <source>XHHT Desktop %1
Offline records for the learning-promotion associations (Hội Khuyến học).</source>
        <translation>XHHT Desktop %1
Phần mềm quản lý dữ liệu của Hội Khuyến học, dùng không cần internet.</translation>
    </message>
    <message>
        <source>Preparing the demo branch…</source>
        <translation>Đang chuẩn bị chi hội mẫu…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Xin nhập họ tên.</translation>
    </message>
    <message>
        <source>A name may contain only letters, spaces and hyphens.</source>
        <translation>Họ tên chỉ gồm chữ cái, dấu cách và dấu gạch nối.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Quá dài: tối đa {max} ký tự.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Ngày sinh không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Please check the birth year: the age would be {max} or more.</source>
        <translation>Xin kiểm tra năm sinh: tuổi sẽ từ {max} trở lên.</translation>
    </message>
    <message>
        <source>Please enter a date as dd/mm/yyyy or a year such as 1965.</source>
        <translation>Xin nhập ngày theo dạng ngày/tháng/năm (ví dụ 15/03/1965) hoặc chỉ năm (ví dụ 1965).</translation>
    </message>
    <message>
        <source>Not a Vietnamese phone number (e.g. 0903 123 456 or 028 3822 1234).</source>
        <translation>Số điện thoại không đúng (ví dụ 0903 123 456 hoặc 028 3822 1234).</translation>
    </message>
    <message>
        <source>A household needs at least one member: its head.</source>
        <translation>Mỗi hộ cần ít nhất một thành viên là chủ hộ.</translation>
    </message>
    <message>
        <source>Please choose the head of household.</source>
        <translation>Xin chọn chủ hộ.</translation>
    </message>
    <message>
        <source>The head of household cannot be moved. Choose another head first.</source>
        <translation>Không thể chuyển chủ hộ. Hãy chọn chủ hộ khác trước.</translation>
    </message>
    <message>
        <source>The member already belongs to that household.</source>
        <translation>Thành viên này đã thuộc hộ đó.</translation>
    </message>
    <message>
        <source>Only the head of household can have the relation &quot;Head&quot;.</source>
        <translation>Chỉ chủ hộ mới có quan hệ &quot;Chủ hộ&quot;.</translation>
    </message>
    <message>
        <source>Unknown province code {code}.</source>
        <translation>Không có tỉnh/thành phố mã {code}.</translation>
    </message>
    <message>
        <source>Unknown ward/commune code {code}.</source>
        <translation>Không có phường/xã mã {code}.</translation>
    </message>
    <message>
        <source>Ward/commune {code} is not in the chosen province.</source>
        <translation>Phường/xã mã {code} không thuộc tỉnh/thành phố đã chọn.</translation>
    </message>
    <message>
        <source>Please choose the ward/commune.</source>
        <translation>Xin chọn phường/xã.</translation>
    </message>
    <message>
        <source>Please choose the province.</source>
        <translation>Xin chọn tỉnh/thành phố.</translation>
    </message>
    <message>
        <source>A unit code has 1 to 40 letters, digits, dots, dashes or underscores.</source>
        <translation>Mã đơn vị gồm 1 đến 40 chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>Please list the branch&apos;s tổ (one per line).</source>
        <translation>Xin ghi các tổ của chi hội (mỗi dòng một tổ).</translation>
    </message>
    <message>
        <source>This database is already set up. Change it in Settings.</source>
        <translation>Dữ liệu này đã được thiết lập. Muốn thay đổi, vào mục Cài đặt.</translation>
    </message>
    <message>
        <source>Please choose the kind of activity.</source>
        <translation>Xin chọn loại hoạt động.</translation>
    </message>
    <message>
        <source>Please enter the activity&apos;s title.</source>
        <translation>Xin nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>Please enter the date (dd/mm/yyyy).</source>
        <translation>Xin nhập ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <source>Please check the date: it is too far in the past or the future.</source>
        <translation>Xin kiểm tra lại ngày: quá xa trong quá khứ hoặc tương lai.</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>Ngày kết thúc không thể trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>Enter a number of people from 0 to {max}.</source>
        <translation>Xin nhập số người từ 0 đến {max}.</translation>
    </message>
    <message>
        <source>There is already a kind of activity called &quot;{name}&quot;.</source>
        <translation>Đã có loại hoạt động tên &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Enter a number from 0 to {max}.</source>
        <translation>Xin nhập một số từ 0 đến {max}.</translation>
    </message>
    <message>
        <source>A chi họ must hang under a chi họ listed before it.</source>
        <translation>Một chi họ phải nằm dưới chi họ đã có ở trên.</translation>
    </message>
    <message>
        <source>Cannot save the PDF as {file}: {detail}. If the file is open in a PDF viewer, close it and try again; otherwise choose another folder.</source>
        <translation>Không lưu được tệp PDF {file}: {detail}. Nếu tệp đang mở trong trình xem PDF, hãy đóng lại rồi thử lại; nếu không, hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The document contains characters that cannot be printed: {chars}. Please correct those texts and try again.</source>
        <translation>Văn bản có ký tự không in được: {chars}. Xin sửa các nội dung đó rồi thử lại.</translation>
    </message>
    <message>
        <source>Some text is too long to fit on one page (for example a very long note in a table cell). Please shorten it.</source>
        <translation>Có nội dung quá dài, không vừa một trang (ví dụ ghi chú rất dài trong một ô của bảng). Xin rút gọn.</translation>
    </message>
    <message>
        <source>A band needs a short code of letters, digits or underscores (e.g. kha).</source>
        <translation>Mỗi mức xếp loại cần một mã ngắn gồm chữ cái không dấu, chữ số hoặc dấu gạch dưới (ví dụ kha).</translation>
    </message>
    <message>
        <source>The band code {code} is used twice.</source>
        <translation>Mã mức xếp loại {code} bị dùng hai lần.</translation>
    </message>
    <message>
        <source>Bands must be listed from the highest minimum to the lowest ({code}).</source>
        <translation>Các mức xếp loại phải xếp từ điểm tối thiểu cao nhất đến thấp nhất ({code}).</translation>
    </message>
    <message>
        <source>The set&apos;s key has 1 to {max} letters, digits, dots, dashes or underscores.</source>
        <translation>Mã bộ tiêu chí gồm 1 đến {max} chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.</translation>
    </message>
    <message>
        <source>The version must be a whole number from 1.</source>
        <translation>Phiên bản phải là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>A criteria set needs at least one criterion.</source>
        <translation>Bộ tiêu chí cần có ít nhất một tiêu chí.</translation>
    </message>
    <message>
        <source>A sample set cannot be put in force: confirm its wording and points first.</source>
        <translation>Không thể áp dụng bộ tiêu chí mẫu: hãy xác nhận nội dung và điểm trước.</translation>
    </message>
    <message>
        <source>Please enter the set&apos;s title.</source>
        <translation>Xin nhập tên bộ tiêu chí.</translation>
    </message>
    <message>
        <source>The last year cannot come before the first year.</source>
        <translation>Năm cuối không thể trước năm đầu.</translation>
    </message>
    <message>
        <source>The criterion code &quot;{code}&quot; is not valid (e.g. 1, 1.a, A.2).</source>
        <translation>Mã tiêu chí &quot;{code}&quot; không hợp lệ (ví dụ 1, 1.a, A.2).</translation>
    </message>
    <message>
        <source>The criterion code {code} is used twice.</source>
        <translation>Mã tiêu chí {code} bị dùng hai lần.</translation>
    </message>
    <message>
        <source>Criterion {code}: its maximum is above the sum of its parts ({children}).</source>
        <translation>Tiêu chí {code}: điểm tối đa lớn hơn tổng các ý con ({children}).</translation>
    </message>
    <message>
        <source>Criterion {code}: the maximum must be above 0.</source>
        <translation>Tiêu chí {code}: điểm tối đa phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Criterion {code}: please give its maximum points.</source>
        <translation>Tiêu chí {code}: xin nhập điểm tối đa.</translation>
    </message>
    <message>
        <source>Criterion {code}: at most {max} points.</source>
        <translation>Tiêu chí {code}: tối đa {max} điểm.</translation>
    </message>
    <message>
        <source>Criterion {code}: a met/not-met item cannot have parts.</source>
        <translation>Tiêu chí {code}: ý đánh giá đạt/không đạt không thể có ý con.</translation>
    </message>
    <message>
        <source>Criterion {code}: a met/not-met item has no points.</source>
        <translation>Tiêu chí {code}: ý đánh giá đạt/không đạt không có điểm.</translation>
    </message>
    <message>
        <source>Criterion {code}: please enter its wording.</source>
        <translation>Tiêu chí {code}: xin nhập nội dung.</translation>
    </message>
    <message>
        <source>Points go in steps of {step} (e.g. 7,5).</source>
        <translation>Điểm chấm theo bước {step} (ví dụ 7,5).</translation>
    </message>
    <message>
        <source>This is above the set&apos;s maximum of {max} points.</source>
        <translation>Số này vượt quá điểm tối đa {max} của bộ tiêu chí.</translation>
    </message>
    <message>
        <source>Criterion {code} is named twice in the rule.</source>
        <translation>Tiêu chí {code} được nêu hai lần trong quy định xét.</translation>
    </message>
    <message>
        <source>A minimum must be above 0.</source>
        <translation>Điểm tối thiểu phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Số này không thể âm.</translation>
    </message>
    <message>
        <source>The rule names criterion {code}, which the set does not have.</source>
        <translation>Quy định xét nêu tiêu chí {code}, nhưng bộ tiêu chí không có tiêu chí này.</translation>
    </message>
    <message>
        <source>At most {max} points.</source>
        <translation>Tối đa {max} điểm.</translation>
    </message>
    <message>
        <source>This differs from what the records show: mark it as changed by hand, with a note.</source>
        <translation>Điểm này khác với số liệu đã ghi: hãy đánh dấu là sửa tay và ghi lý do.</translation>
    </message>
    <message>
        <source>This item is scored in points, not met/not met.</source>
        <translation>Ý này chấm bằng điểm, không phải đạt/không đạt.</translation>
    </message>
    <message>
        <source>Please score this item.</source>
        <translation>Xin chấm điểm ý này.</translation>
    </message>
    <message>
        <source>Points cannot be negative.</source>
        <translation>Điểm không thể âm.</translation>
    </message>
    <message>
        <source>Only the smallest items are scored; this one adds up its parts.</source>
        <translation>Chỉ chấm điểm các ý nhỏ nhất; ý này được cộng từ các ý con.</translation>
    </message>
    <message>
        <source>This item is met/not met, not scored in points.</source>
        <translation>Ý này đánh giá đạt/không đạt, không chấm bằng điểm.</translation>
    </message>
    <message>
        <source>The criteria set has no item {field}.</source>
        <translation>Bộ tiêu chí không có ý {field}.</translation>
    </message>
    <message>
        <source>Enter a year from {min} to {max}.</source>
        <translation>Xin nhập năm từ {min} đến {max}.</translation>
    </message>
    <message>
        <source>The total {total} is below the {min} points required.</source>
        <translation>Tổng điểm {total} thấp hơn mức {min} điểm cần đạt.</translation>
    </message>
    <message>
        <source>Criterion {code} has {points}, below the {min} required.</source>
        <translation>Tiêu chí {code} đạt {points} điểm, thấp hơn mức {min} điểm cần đạt.</translation>
    </message>
    <message>
        <source>Criterion {code} must be met for recognition.</source>
        <translation>Tiêu chí {code} bắt buộc phải đạt mới được công nhận.</translation>
    </message>
    <message>
        <source>The file is not a criteria set file (line {line}, column {column}).</source>
        <translation>Tệp không phải tệp bộ tiêu chí (dòng {line}, cột {column}).</translation>
    </message>
    <message>
        <source>The file is not a criteria set of XHHT Desktop.</source>
        <translation>Tệp không phải bộ tiêu chí của XHHT Desktop.</translation>
    </message>
    <message>
        <source>This criteria set was made by a newer version of XHHT Desktop (format {version}; this one reads {supported}). Please update the application.</source>
        <translation>Bộ tiêu chí này do phiên bản XHHT Desktop mới hơn tạo ra (định dạng {version}; bản này đọc được {supported}). Xin cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>The file lacks the field {field}.</source>
        <translation>Tệp thiếu trường {field}.</translation>
    </message>
    <message>
        <source>The file has a field this version does not know: {field}.</source>
        <translation>Tệp có trường mà phiên bản này không biết: {field}.</translation>
    </message>
    <message>
        <source>The field {field} should be a {expected}.</source>
        <translation>Trường {field} phải là {expected}.</translation>
    </message>
    <message>
        <source>The field {field} has a value that is not allowed.</source>
        <translation>Trường {field} có giá trị không được phép.</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; has been used to score, so it can no longer be changed. Make a copy and change the copy.</source>
        <translation>Bộ tiêu chí &quot;{title}&quot; đã được dùng để chấm điểm nên không thể sửa nữa. Hãy tạo bản sao rồi sửa bản sao.</translation>
    </message>
    <message>
        <source>There is already a criteria set {key} version {version} with other content.</source>
        <translation>Đã có bộ tiêu chí {key} phiên bản {version} với nội dung khác.</translation>
    </message>
    <message>
        <source>&quot;{title}&quot; is not for this model or does not apply in {year}.</source>
        <translation>Bộ tiêu chí &quot;{title}&quot; không dành cho mô hình này hoặc không áp dụng cho năm {year}.</translation>
    </message>
    <message>
        <source>Already recognised by a decision: this cannot be done again.</source>
        <translation>Đã được công nhận bằng quyết định: không thể làm lại.</translation>
    </message>
    <message>
        <source>Recognised subjects can no longer be changed.</source>
        <translation>Đối tượng đã được công nhận thì không thể sửa nữa.</translation>
    </message>
    <message>
        <source>Score it before the review meeting.</source>
        <translation>Hãy chấm điểm trước khi bình xét.</translation>
    </message>
    <message>
        <source>Choose who the meeting reviewed.</source>
        <translation>Xin chọn các đối tượng được bình xét.</translation>
    </message>
    <message>
        <source>Please enter the decision&apos;s number.</source>
        <translation>Xin nhập số quyết định.</translation>
    </message>
    <message>
        <source>Choose at least one.</source>
        <translation>Xin chọn ít nhất một đối tượng.</translation>
    </message>
    <message>
        <source>Only subjects proposed by the review meeting can be recognised.</source>
        <translation>Chỉ công nhận các đối tượng đã được cuộc họp bình xét đề nghị.</translation>
    </message>
    <message>
        <source>Please enter what the commendation is for.</source>
        <translation>Xin nhập nội dung biểu dương.</translation>
    </message>
    <message>
        <source>Only recognised subjects can be commended.</source>
        <translation>Chỉ biểu dương các đối tượng đã được công nhận.</translation>
    </message>
    <message>
        <source>Already commended this year.</source>
        <translation>Đã được biểu dương trong năm nay.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {detail}</source>
        <translation>Không ghi được tệp {file}: {detail}</translation>
    </message>
    <message>
        <source>Points go in steps of 0.1, 0.5 or 1.</source>
        <translation>Bước điểm chỉ có thể là 0,1; 0,5 hoặc 1.</translation>
    </message>
    <message>
        <source>Criterion {code}: its maximum must be a whole number of steps of {step} points.</source>
        <translation>Tiêu chí {code}: điểm tối đa phải là bội số của bước điểm {step}.</translation>
    </message>
    <message>
        <source>Criterion {code}: the app has no way of suggesting points called &quot;{rule}&quot;.</source>
        <translation>Tiêu chí {code}: phần mềm không có cách gợi ý điểm nào tên là “{rule}”.</translation>
    </message>
    <message>
        <source>Criterion {code}: the setting &quot;{param}&quot; for suggesting points is missing or not allowed.</source>
        <translation>Tiêu chí {code}: thông số “{param}” của cách gợi ý điểm bị thiếu hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>Criterion {code} adds up its parts, so points cannot be suggested for it; set the rule on one of its parts.</source>
        <translation>Tiêu chí {code} là tổng của các ý nhỏ nên không gợi ý điểm được; xin đặt cách gợi ý cho một ý nhỏ.</translation>
    </message>
    <message>
        <source>Criterion {code}: &quot;{rule}&quot; does not suit this learning model.</source>
        <translation>Tiêu chí {code}: cách gợi ý điểm “{rule}” không dùng được cho mô hình học tập này.</translation>
    </message>
    <message>
        <source>{studying} of {of} children aged {min_age} to {max_age} go to school.</source>
        <translation>{studying}/{of} trẻ từ {min_age} đến {max_age} tuổi đang đi học.</translation>
    </message>
    <message>
        <source>No child in the household is aged {min_age} to {max_age}, so none is out of school.</source>
        <translation>Trong hộ không có trẻ từ {min_age} đến {max_age} tuổi, nên không có trẻ nào bỏ học.</translation>
    </message>
    <message>
        <source>{studying} of {of} children aged {min_age} to {max_age} go to school. Members without a birth year, not counted: {unknown}.</source>
        <translation>{studying}/{of} trẻ từ {min_age} đến {max_age} tuổi đang đi học. Có {unknown} người chưa ghi năm sinh nên chưa được tính.</translation>
    </message>
    <message>
        <source>No member with a known birth year is aged {min_age} to {max_age}. Members without a birth year, not counted: {unknown}. Please check.</source>
        <translation>Không có ai (đã ghi năm sinh) từ {min_age} đến {max_age} tuổi. Có {unknown} người chưa ghi năm sinh nên chưa được tính; xin kiểm tra lại.</translation>
    </message>
    <message>
        <source>{literate} of {of} adults aged {min_age} to {max_age} are recorded as able to read and write.</source>
        <translation>{literate}/{of} người từ {min_age} đến {max_age} tuổi được ghi là biết chữ.</translation>
    </message>
    <message>
        <source>No member of the household is aged {min_age} to {max_age}.</source>
        <translation>Trong hộ không có người từ {min_age} đến {max_age} tuổi.</translation>
    </message>
    <message>
        <source>{literate} of {of} adults aged {min_age} to {max_age} are recorded as able to read and write. Members without a birth year, not counted: {unknown}.</source>
        <translation>{literate}/{of} người từ {min_age} đến {max_age} tuổi được ghi là biết chữ. Có {unknown} người chưa ghi năm sinh nên chưa được tính.</translation>
    </message>
    <message>
        <source>{attended} of {of} members aged {min_age} to {max_age} attended at least one learning activity in the year. Needed: {target_percent}%.</source>
        <translation>{attended}/{of} người từ {min_age} đến {max_age} tuổi đã dự ít nhất một hoạt động học tập trong năm. Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>{attended} of {of} members aged {min_age} to {max_age} attended at least one learning activity in the year. Needed: {target_percent}%. Members without a birth year, not counted: {unknown}.</source>
        <translation>{attended}/{of} người từ {min_age} đến {max_age} tuổi đã dự ít nhất một hoạt động học tập trong năm. Mức cần đạt: {target_percent}%. Có {unknown} người chưa ghi năm sinh nên chưa được tính.</translation>
    </message>
    <message>
        <source>{families} of {households} households are recognised as learning families ({percent}%). Needed: {target_percent}%.</source>
        <translation>{families}/{households} hộ được công nhận Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>{families} of {households} households have registered to become learning families ({percent}%). Needed: {target_percent}%.</source>
        <translation>{families}/{households} hộ đã đăng ký Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>No household is recorded for this community, so the share cannot be counted.</source>
        <translation>Chưa có hộ nào trong sổ hộ của khu dân cư này nên chưa tính được tỉ lệ.</translation>
    </message>
    <message>
        <source>{activities} learning activities were held in the year. Needed: {target}.</source>
        <translation>Trong năm đã tổ chức {activities} hoạt động học tập. Mức cần đạt: {target} hoạt động.</translation>
    </message>
    <message>
        <source>{families} of the clan&apos;s {households} households in this register are recognised as learning families ({percent}%). Needed: {target_percent}%.</source>
        <translation>{families}/{households} hộ của dòng họ trong sổ hộ của chi hội được công nhận Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>{families} of the clan&apos;s {households} households in this register have registered to become learning families ({percent}%). Needed: {target_percent}%.</source>
        <translation>{families}/{households} hộ của dòng họ trong sổ hộ của chi hội đã đăng ký Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>{families} of the clan&apos;s {households} households in this register are recognised as learning families ({percent}%). Needed: {target_percent}%. Its {elsewhere} households in other branches are not counted: check them with those branches.</source>
        <translation>{families}/{households} hộ của dòng họ trong sổ hộ của chi hội được công nhận Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%. {elsewhere} hộ của dòng họ ở chi hội khác chưa được tính: xin kiểm tra với các chi hội đó.</translation>
    </message>
    <message>
        <source>{families} of the clan&apos;s {households} households in this register have registered to become learning families ({percent}%). Needed: {target_percent}%. Its {elsewhere} households in other branches are not counted: check them with those branches.</source>
        <translation>{families}/{households} hộ của dòng họ trong sổ hộ của chi hội đã đăng ký Gia đình học tập ({percent}%). Mức cần đạt: {target_percent}%. {elsewhere} hộ của dòng họ ở chi hội khác chưa được tính: xin kiểm tra với các chi hội đó.</translation>
    </message>
    <message>
        <source>None of the clan&apos;s households is ticked in this register, so the share cannot be counted. Tick them on the clan&apos;s page.</source>
        <translation>Chưa có hộ nào của dòng họ được đánh dấu trong sổ hộ của chi hội nên chưa tính được tỉ lệ. Hãy đánh dấu các hộ ở trang Dòng họ.</translation>
    </message>
    <message>
        <source>{with_member} of the clan&apos;s {households} households in this register have at least one member of the association ({percent}%). Needed: {target_percent}%.</source>
        <translation>{with_member}/{households} hộ của dòng họ trong sổ hộ của chi hội có ít nhất một hội viên khuyến học ({percent}%). Mức cần đạt: {target_percent}%.</translation>
    </message>
    <message>
        <source>You changed what the records suggest: please say why in the note.</source>
        <translation>Điểm đã khác với gợi ý theo số liệu: xin ghi lý do vào ô ghi chú.</translation>
    </message>
    <message>
        <source>Please say why the score of a recognised subject is corrected.</source>
        <translation>Xin ghi lý do sửa điểm của đối tượng đã được công nhận.</translation>
    </message>
    <message>
        <source>Only a recognised subject&apos;s score is corrected; change this one directly.</source>
        <translation>Chỉ điểm của đối tượng đã được công nhận mới cần đính chính; đối tượng này có thể sửa trực tiếp.</translation>
    </message>
    <message>
        <source>The record was not found. It may have been deleted meanwhile.</source>
        <translation>Không tìm thấy bản ghi. Có thể bản ghi vừa bị xóa.</translation>
    </message>
    <message>
        <source>This data was written by a newer version of XHHT Desktop. Please update the application; nothing was changed.</source>
        <translation>Dữ liệu này do phiên bản XHHT Desktop mới hơn tạo ra. Xin cập nhật phần mềm; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The data file is damaged ({detail}). Nothing was changed. Restore the latest backup from the folder {backups}.</source>
        <translation>Tệp dữ liệu bị hỏng ({detail}). Chưa có gì bị thay đổi. Hãy khôi phục bản sao lưu mới nhất trong thư mục {backups}.</translation>
    </message>
    <message>
        <source>XHHT Desktop is already open with this data on this computer ({holder}). Please switch to that window.</source>
        <translation>XHHT Desktop đang mở dữ liệu này trên máy ({holder}). Xin chuyển sang cửa sổ đó.</translation>
    </message>
    <message>
        <source>This database is not set up yet. Run &quot;xhht init&quot; or start the app.</source>
        <translation>Dữ liệu này chưa được thiết lập. Hãy chạy &quot;xhht init&quot; hoặc mở phần mềm.</translation>
    </message>
    <message>
        <source>The file&apos;s structure is damaged: {detail}</source>
        <translation>Cấu trúc tệp dữ liệu bị hỏng: {detail}</translation>
    </message>
    <message>
        <source>A record points to a missing one: {detail}</source>
        <translation>Có bản ghi trỏ tới bản ghi không tồn tại: {detail}</translation>
    </message>
    <message>
        <source>The search index is damaged: {detail}</source>
        <translation>Chỉ mục tìm kiếm bị hỏng: {detail}</translation>
    </message>
    <message>
        <source>Households without a valid head: {detail}</source>
        <translation>Các hộ không có chủ hộ hợp lệ: {detail}</translation>
    </message>
    <message>
        <source>Households whose member count is wrong: {detail}</source>
        <translation>Các hộ có số thành viên sai: {detail}</translation>
    </message>
    <message>
        <source>Households whose head name is out of date: {detail}</source>
        <translation>Các hộ có tên chủ hộ chưa cập nhật: {detail}</translation>
    </message>
    <message>
        <source>Cannot use this input: {detail}</source>
        <translation>Không dùng được dữ liệu đưa vào: {detail}</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}): {detail}</source>
        <translation>Tệp {file} không đúng định dạng JSON (dòng {line}): {detail}</translation>
    </message>
    <message>
        <source>Household {index}: field &quot;{field}&quot; has an unusable value {value}.</source>
        <translation>Hộ thứ {index}: trường &quot;{field}&quot; có giá trị không dùng được {value}.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}</source>
        <translation>Không đọc được tệp {file}: {detail}</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Có một số ô cần sửa.</translation>
    </message>
    <message>
        <source>This data belongs to {unit}: demo households are never mixed into a real register. Use an empty folder with --data-dir.</source>
        <translation>Dữ liệu này thuộc về {unit}: không trộn hộ mẫu vào sổ thật. Hãy dùng một thư mục trống với --data-dir.</translation>
    </message>
    <message>
        <source>Please fill this in: it is printed on every certificate.</source>
        <translation>Vui lòng điền mục này: nó được in trên mọi giấy.</translation>
    </message>
    <message>
        <source>The number format needs {so} where the number goes, e.g. {so}/GCN-KH; {nam} may add the year.</source>
        <translation>Mẫu số cần có {so} ở chỗ ghi số, ví dụ {so}/GCN-KH; có thể thêm {nam} để ghi năm.</translation>
    </message>
    <message>
        <source>A text size between {min} and {max} points, please.</source>
        <translation>Cỡ chữ phải từ {min} đến {max} pt.</translation>
    </message>
    <message>
        <source>The smallest size of a name cannot be larger than its usual size.</source>
        <translation>Cỡ nhỏ nhất của tên không được lớn hơn cỡ thường của tên.</translation>
    </message>
    <message>
        <source>A margin between {min} and {max} mm, please.</source>
        <translation>Lề phải từ {min} đến {max} mm.</translation>
    </message>
    <message>
        <source>The logo&apos;s file is missing from the data folder. Please choose it again.</source>
        <translation>Không tìm thấy tệp logo trong thư mục dữ liệu. Vui lòng chọn lại.</translation>
    </message>
    <message>
        <source>{file} is larger than {max} MB: please use a smaller image for the logo.</source>
        <translation>{file} lớn hơn {max} MB: vui lòng dùng hình nhỏ hơn làm logo.</translation>
    </message>
    <message>
        <source>{file} is not an image this app can print (use PNG or JPEG).</source>
        <translation>{file} không phải hình ảnh mà ứng dụng in được (hãy dùng PNG hoặc JPEG).</translation>
    </message>
    <message>
        <source>The decision recognising {name} has no number: a certificate must cite it. Nothing was printed.</source>
        <translation>Quyết định công nhận {name} chưa có số: giấy công nhận phải ghi số quyết định. Chưa in gì.</translation>
    </message>
    <message>
        <source>{count} of the chosen subjects are not recognised (or not commended) this year, so they cannot have a certificate. Nothing was printed.</source>
        <translation>{count} đối tượng đã chọn chưa được công nhận (hoặc chưa được khen) trong năm này nên chưa thể cấp giấy. Chưa in gì.</translation>
    </message>
    <message>
        <source>The register changed since the preview was made (someone printed or voided a certificate). Nothing was recorded: please make the preview again.</source>
        <translation>Sổ cấp giấy đã thay đổi sau khi xem trước (có người vừa in hoặc hủy giấy). Chưa ghi gì: vui lòng xem trước lại.</translation>
    </message>
    <message>
        <source>Certificate {number} is already voided.</source>
        <translation>Giấy số {number} đã bị hủy từ trước.</translation>
    </message>
    <message>
        <source>Please say why this certificate is voided.</source>
        <translation>Vui lòng ghi lý do hủy giấy này.</translation>
    </message>
    <message>
        <source>At least one copy, please.</source>
        <translation>Cần in ít nhất một bản.</translation>
    </message>
    <message>
        <source>Nobody to print: no subject of {year} is recognised (or commended) yet.</source>
        <translation>Chưa có ai để in: năm {year} chưa có đối tượng nào được công nhận (hoặc được khen).</translation>
    </message>
    <message>
        <source>This is not a certificate code of XHHT Desktop, or part of it is missing. Please scan or type it again.</source>
        <translation>Đây không phải mã giấy của XHHT Desktop, hoặc mã bị thiếu. Vui lòng quét hoặc gõ lại.</translation>
    </message>
    <message>
        <source>This certificate was made by a newer version of XHHT Desktop. Please update the app to check it.</source>
        <translation>Giấy này được làm bằng phiên bản XHHT Desktop mới hơn. Vui lòng cập nhật ứng dụng để kiểm tra.</translation>
    </message>
    <message>
        <source>{count} certificates written to {file} ({new} with a new number) and recorded in the register.</source>
        <translation>Đã ghi {count} giấy vào {file} ({new} giấy được cấp số mới) và ghi vào sổ cấp giấy.</translation>
    </message>
    <message>
        <source>Look before printing: on certificate {number} ({name}) a text fits only in a smaller size than the template allows.</source>
        <translation>Xem lại trước khi in: trên giấy số {number} ({name}) có dòng chữ phải in nhỏ hơn cỡ nhỏ nhất của mẫu.</translation>
    </message>
    <message>
        <source>Genuine: certificate {number}, {name}, year {year}, issued by {issuer} (key {key}, {holder}).</source>
        <translation>Giấy thật: giấy số {number}, {name}, năm {year}, do {issuer} cấp (khóa {key}, {holder}).</translation>
    </message>
    <message>
        <source>NOT genuine: the code was changed or not made by the key it names. Do not accept this certificate.</source>
        <translation>KHÔNG phải giấy thật: mã đã bị sửa hoặc không do khóa ghi trong mã tạo ra. Không chấp nhận giấy này.</translation>
    </message>
    <message>
        <source>Cannot tell: certificate {number} ({name}, {year}, {issuer}) was signed by an installation this computer does not know (key {key}). Import a package from that unit first.</source>
        <translation>Chưa kết luận được: giấy số {number} ({name}, {year}, {issuer}) được ký bởi một máy mà máy này chưa biết (khóa {key}). Hãy nhận một gói dữ liệu của đơn vị đó trước.</translation>
    </message>
    <message>
        <source>Warning: the package is not encrypted, because the parent unit&apos;s key file has not been imported. Anyone who finds the USB stick can read it.</source>
        <translation>Cảnh báo: gói dữ liệu chưa được mã hóa vì chưa nhập tệp khóa của đơn vị cấp trên. Ai nhặt được USB cũng đọc được gói này.</translation>
    </message>
    <message>
        <source>Package {sequence} written to {file} ({rows} records).</source>
        <translation>Đã ghi gói số {sequence} vào {file} ({rows} bản ghi).</translation>
    </message>
    <message>
        <source>Package {sequence} from {unit} would add {added}, update {updated}, leave {unchanged} unchanged and keep {conflicts} conflicts for you to settle; {refused} records point at data that is missing. Nothing was changed.</source>
        <translation>Nếu nhập, gói số {sequence} của {unit} sẽ thêm {added}, cập nhật {updated}, giữ nguyên {unchanged} bản ghi và để lại {conflicts} xung đột để bạn giải quyết; {refused} bản ghi không nhập được vì thiếu dữ liệu liên quan. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Package {sequence} from {unit} applied: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts to settle, {refused} refused.</source>
        <translation>Đã nhập gói số {sequence} của {unit}: thêm {added}, cập nhật {updated}, giữ nguyên {unchanged}, {conflicts} xung đột cần giải quyết, từ chối {refused}.</translation>
    </message>
    <message>
        <source>This is the first package from {unit} ({unit_code}). Its key&apos;s fingerprint is {fingerprint}: check it with the sender (by phone) before trusting it. Nothing was changed.</source>
        <translation>Đây là gói dữ liệu đầu tiên của {unit} ({unit_code}). Dấu vân tay khóa của đơn vị này là {fingerprint}: hãy gọi điện đối chiếu với đơn vị gửi trước khi tin nhận. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Package {sequence} from {unit} has not arrived.</source>
        <translation>Chưa nhận được gói số {sequence} của {unit}.</translation>
    </message>
    <message>
        <source>The parent unit received package {sequence}: the next package starts from there.</source>
        <translation>Đơn vị cấp trên đã nhận gói số {sequence}: gói tiếp theo sẽ tính tiếp từ gói này.</translation>
    </message>
    <message>
        <source>Key file written to {file}. Its fingerprint is {fingerprint}.</source>
        <translation>Đã ghi tệp khóa vào {file}. Dấu vân tay khóa là {fingerprint}.</translation>
    </message>
    <message>
        <source>The key of {unit} ({unit_code}) is kept: packages are encrypted to it from now on.</source>
        <translation>Đã lưu khóa của {unit} ({unit_code}): từ nay các gói dữ liệu được mã hóa theo khóa này.</translation>
    </message>
    <message>
        <source>This key file belongs to {unit}, which is not a unit above this one. Nothing was changed.</source>
        <translation>Tệp khóa này thuộc về {unit}, không phải đơn vị cấp trên của đơn vị này. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{unit} is known here with another key (this one: {fingerprint}). The package was refused: if the unit really has a new computer, ask it to confirm by phone.</source>
        <translation>Máy này đã biết {unit} với một khóa khác (khóa lần này: {fingerprint}). Gói dữ liệu bị từ chối: nếu đơn vị đó thật sự đã đổi máy tính mới, hãy gọi điện để họ xác nhận.</translation>
    </message>
    <message>
        <source>Import the parent unit&apos;s key file first: its receipt cannot be checked.</source>
        <translation>Hãy nhập tệp khóa của đơn vị cấp trên trước: chưa thể kiểm tra giấy báo nhận.</translation>
    </message>
    <message>
        <source>This receipt was not signed by the parent unit&apos;s key. Nothing was changed.</source>
        <translation>Giấy báo nhận này không được ký bằng khóa của đơn vị cấp trên. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This receipt is for package {sequence}, which this unit never wrote.</source>
        <translation>Giấy báo nhận này dành cho gói số {sequence}, nhưng đơn vị này chưa từng ghi gói đó.</translation>
    </message>
    <message>
        <source>That package has not been imported here.</source>
        <translation>Gói dữ liệu đó chưa được nhập vào máy này.</translation>
    </message>
    <message>
        <source>This package was written by this unit itself. Nothing was changed.</source>
        <translation>Gói dữ liệu này do chính đơn vị này ghi ra. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This package from {unit} is addressed to another unit ({recipient}). Nothing was changed.</source>
        <translation>Gói dữ liệu này của {unit} được gửi cho đơn vị khác ({recipient}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Package {sequence} from {unit} was imported before. Importing it again changes nothing.</source>
        <translation>Gói số {sequence} của {unit} đã được nhập trước đây. Nhập lại cũng không thay đổi gì.</translation>
    </message>
    <message>
        <source>This record belongs to {unit}: it is changed there, and its next package brings the change here.</source>
        <translation>Bản ghi này thuộc về {unit}: việc sửa phải làm tại đơn vị đó, và gói dữ liệu tiếp theo của họ sẽ mang thay đổi về đây.</translation>
    </message>
    <message>
        <source>This conflict was settled already.</source>
        <translation>Xung đột này đã được giải quyết rồi.</translation>
    </message>
    <message>
        <source>The package&apos;s data cannot be read (line {line}: {detail}). Nothing was changed.</source>
        <translation>Không đọc được dữ liệu trong gói (dòng {line}: {detail}). Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot write the package {file}: {detail}. Is the USB stick full or locked?</source>
        <translation>Không ghi được gói dữ liệu {file}: {detail}. Xin kiểm tra xem USB có bị đầy hoặc bị khóa ghi không.</translation>
    </message>
    <message>
        <source>The package written to {file} did not read back the same: the USB stick may be failing. The file was removed; please try another stick.</source>
        <translation>Gói dữ liệu ghi vào {file} khi đọc lại không giống bản đã ghi: USB có thể bị hỏng. Tệp đã được xóa; xin thử USB khác.</translation>
    </message>
    <message>
        <source>{file} is too large to be a package of this app. Nothing was changed.</source>
        <translation>{file} quá lớn, không thể là gói dữ liệu của phần mềm này. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} cannot be read as a package: it may be cut short or not a package at all. Please copy it again. Nothing was changed.</source>
        <translation>Không đọc được {file} như một gói dữ liệu: tệp có thể bị chép thiếu hoặc không phải gói dữ liệu. Xin chép lại tệp. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is damaged (its content is not what was written). Please copy it again from the sender. Nothing was changed.</source>
        <translation>{file} bị hỏng (nội dung không giống lúc ghi). Xin chép lại từ đơn vị gửi. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} holds something a package never holds ({name}). It was refused; nothing was changed.</source>
        <translation>{file} chứa thành phần mà gói dữ liệu không bao giờ có ({name}). Tệp bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} would unpack to far more data than a package can hold. It was refused; nothing was changed.</source>
        <translation>{file} khi giải nén sẽ lớn hơn rất nhiều so với một gói dữ liệu. Tệp bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The list of contents of {file} cannot be read. Nothing was changed.</source>
        <translation>Không đọc được danh mục nội dung của {file}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is not a package of XHHT Desktop. Nothing was changed.</source>
        <translation>{file} không phải gói dữ liệu của XHHT Desktop. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of XHHT Desktop: please update the app to import it. Nothing was changed.</source>
        <translation>{file} được ghi bằng phiên bản XHHT Desktop mới hơn: xin cập nhật phần mềm để nhập. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The signature of {file} does not match its content: it was changed after it was written. It was refused; nothing was changed.</source>
        <translation>Chữ ký số của {file} không khớp với nội dung: tệp đã bị sửa sau khi ghi. Tệp bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is encrypted and this computer has no key to open it.</source>
        <translation>{file} đã được mã hóa và máy này không có khóa để mở.</translation>
    </message>
    <message>
        <source>{file} is encrypted for another unit, so this computer cannot open it. Nothing was changed.</source>
        <translation>{file} được mã hóa cho một đơn vị khác nên máy này không mở được. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} cannot be opened with this unit&apos;s key: it is damaged or was changed. Nothing was changed.</source>
        <translation>Không mở được {file} bằng khóa của đơn vị này: tệp bị hỏng hoặc đã bị sửa. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Part of {file} ({name}) is not what the sender wrote. It was refused; nothing was changed.</source>
        <translation>Một phần của {file} ({name}) không giống bản đơn vị gửi đã ghi. Tệp bị từ chối; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} cannot be read: it is damaged or not a file of this app.</source>
        <translation>Không đọc được {file}: tệp bị hỏng hoặc không phải tệp của phần mềm này.</translation>
    </message>
    <message>
        <source>{file} is not the kind of file expected here.</source>
        <translation>{file} không đúng loại tệp cần dùng ở đây.</translation>
    </message>
    <message>
        <source>The signature of {file} does not match its content. It was refused.</source>
        <translation>Chữ ký số của {file} không khớp với nội dung. Tệp bị từ chối.</translation>
    </message>
    <message>
        <source>{file} did not read back the same: please try another place.</source>
        <translation>{file} khi đọc lại không giống bản đã ghi: xin thử lưu vào chỗ khác.</translation>
    </message>
    <message>
        <source>Your account cannot do this. Ask the administrator of this computer.</source>
        <translation>Tài khoản của bạn không được làm việc này. Hãy nhờ người quản trị của máy này.</translation>
    </message>
    <message>
        <source>The name or the password is not right. Please try again.</source>
        <translation>Tên đăng nhập hoặc mật khẩu chưa đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: please wait {seconds} seconds before trying again, or ask the administrator to set a new password.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: vui lòng chờ {seconds} giây rồi thử lại, hoặc nhờ người quản trị đặt mật khẩu mới.</translation>
    </message>
    <message>
        <source>There is already an account with this name.</source>
        <translation>Đã có tài khoản mang tên này.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Không có tài khoản nào tên {name}.</translation>
    </message>
    <message>
        <source>This is the last administrator: make another one first.</source>
        <translation>Đây là người quản trị cuối cùng: hãy tạo một người quản trị khác trước.</translation>
    </message>
    <message>
        <source>The password needs at least {min} characters.</source>
        <translation>Mật khẩu cần ít nhất {min} ký tự.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {detail}. Please check that there is free space and that the USB stick is not removed or write-protected.</source>
        <translation>Không ghi được bản sao lưu {file}: {detail}. Hãy kiểm tra còn chỗ trống, và USB không bị rút ra hay khóa ghi.</translation>
    </message>
    <message>
        <source>Cannot read {file}: {detail}. Nothing was changed.</source>
        <translation>Không đọc được {file}: {detail}. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}) and cannot be restored. Nothing was changed; please choose another backup.</source>
        <translation>{file} bị hỏng ({detail}) nên không thể khôi phục. Không có gì bị thay đổi; hãy chọn bản sao lưu khác.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of XHHT Desktop (schema {revision}). Please update the application first. Nothing was changed.</source>
        <translation>{file} được tạo bởi phiên bản XHHT Desktop mới hơn (lược đồ {revision}). Hãy cập nhật ứng dụng trước. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is not a backup of XHHT Desktop. Nothing was changed.</source>
        <translation>{file} không phải bản sao lưu của XHHT Desktop. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is the data file in use. Please choose another place, for example a USB stick.</source>
        <translation>{file} là tệp dữ liệu đang dùng. Hãy chọn nơi khác, ví dụ một USB.</translation>
    </message>
    <message>
        <source>The data is still open, in XHHT Desktop or another program, so it cannot be replaced now. Close it and try again. Nothing was changed.</source>
        <translation>Dữ liệu vẫn đang mở (trong XHHT Desktop hoặc chương trình khác) nên chưa thể thay thế. Hãy đóng lại rồi thử lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The data folder {folder} is on a network drive. XHHT Desktop keeps its data safe only on this computer&apos;s own disk: over a network, a dropped connection or a power cut can damage the data. Please ask the person who installed the application to move the data folder to this computer&apos;s disk.</source>
        <translation>Thư mục dữ liệu {folder} nằm trên ổ mạng. XHHT Desktop chỉ giữ dữ liệu an toàn trên ổ đĩa của chính máy này: qua mạng, khi mất kết nối hoặc mất điện, dữ liệu có thể bị hỏng. Hãy nhờ người cài đặt ứng dụng chuyển thư mục dữ liệu về ổ đĩa của máy này.</translation>
    </message>
    <message>
        <source>The data folder {folder} is on a removable drive (a USB stick or memory card). If it is pulled out or the power fails while the application writes, the data can be damaged. Please keep the data folder on this computer&apos;s own disk, and use USB sticks only for backup copies (Settings › Backups › Back up now to…) and packages.</source>
        <translation>Thư mục dữ liệu {folder} nằm trên ổ rời (USB hoặc thẻ nhớ). Nếu ổ bị rút ra hoặc mất điện khi ứng dụng đang ghi, dữ liệu có thể bị hỏng. Hãy để thư mục dữ liệu trên ổ đĩa của máy này; USB chỉ dùng để chép bản sao lưu (Cài đặt › Sao lưu › Sao lưu ngay vào…) và các gói dữ liệu.</translation>
    </message>
    <message>
        <source>Backup written and checked: {file} ({households} households, {persons} persons).</source>
        <translation>Đã ghi và kiểm tra bản sao lưu: {file} ({households} hộ, {persons} người).</translation>
    </message>
    <message>
        <source>Restored the backup of {date}: {households} households, {persons} persons.</source>
        <translation>Đã khôi phục bản sao lưu lúc {date}: {households} hộ, {persons} người.</translation>
    </message>
    <message>
        <source>The data as it was before is kept as the backup {file}.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong bản sao lưu {file}.</translation>
    </message>
    <message>
        <source>The damaged data file was kept as it was in {folder}.</source>
        <translation>Tệp dữ liệu bị hỏng được giữ nguyên trong {folder}.</translation>
    </message>
    <message>
        <source>{file} is an old Excel file (.xls). Open it in Excel or LibreOffice, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>{file} là tệp Excel kiểu cũ (.xls). Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại dạng Excel Workbook (.xlsx) rồi nhập tệp mới đó.</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save it and import it again.</source>
        <translation>{file} được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (File &gt; Info &gt; Protect Workbook), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx). If it is a list from another program, open it in Excel or LibreOffice and save it as .xlsx.</source>
        <translation>{file} không phải tệp Excel (.xlsx). Nếu là danh sách từ chương trình khác, hãy mở bằng Excel hoặc LibreOffice và lưu dạng .xlsx.</translation>
    </message>
    <message>
        <source>Cannot open {file}: another program (probably Excel) is using it. Close it there and try again.</source>
        <translation>Không mở được {file}: một chương trình khác (có lẽ là Excel) đang dùng tệp. Hãy đóng tệp ở đó rồi thử lại.</translation>
    </message>
    <message>
        <source>There is no sheet &quot;{sheet}&quot; in {file}. Its sheets: {sheets}.</source>
        <translation>Không có trang tính &quot;{sheet}&quot; trong {file}. Các trang tính có: {sheets}.</translation>
    </message>
    <message>
        <source>{file} cannot be imported as it is: no column holds the names. Choose the column of the head of household or of the members&apos; names.</source>
        <translation>Chưa nhập được {file}: không có cột nào chứa họ tên. Hãy chọn cột tên chủ hộ hoặc cột họ tên nhân khẩu.</translation>
    </message>
    <message>
        <source>{count} households have errors (rows {rows}): skip them or correct the file. Nothing was imported.</source>
        <translation>{count} hộ có lỗi (dòng {rows}): hãy bỏ qua các hộ đó hoặc sửa tệp. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>The register changed since the file was checked. Nothing was imported: please check the file again.</source>
        <translation>Sổ hộ đã thay đổi sau khi kiểm tra tệp. Chưa nhập gì: vui lòng kiểm tra tệp lại.</translation>
    </message>
    <message>
        <source>Row {row}: the household of {name} was received from another unit and cannot be updated here. Nothing was imported.</source>
        <translation>Dòng {row}: hộ {name} được nhận từ đơn vị khác nên không cập nhật ở đây được. Chưa nhập gì.</translation>
    </message>
    <message>
        <source>No column holds the names: choose the column of the head of household or of the members&apos; names.</source>
        <translation>Không có cột nào chứa họ tên: hãy chọn cột tên chủ hộ hoặc cột họ tên nhân khẩu.</translation>
    </message>
    <message>
        <source>This row has no name.</source>
        <translation>Dòng này không có họ tên.</translation>
    </message>
    <message>
        <source>Not a date: &quot;{value}&quot;. Write it as dd/mm/yyyy or a year such as 1965.</source>
        <translation>Không phải ngày tháng: &quot;{value}&quot;. Hãy viết dạng dd/mm/yyyy hoặc chỉ năm, ví dụ 1965.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; has a two-digit year: read as {year}.</source>
        <translation>&quot;{value}&quot; ghi năm bằng hai chữ số: hiểu là năm {year}.</translation>
    </message>
    <message>
        <source>Not understood: &quot;{value}&quot;. Left empty.</source>
        <translation>Không hiểu &quot;{value}&quot;. Để trống.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the tổ of this branch.</source>
        <translation>&quot;{value}&quot; không phải là một tổ của chi hội này.</translation>
    </message>
    <message>
        <source>More than one phone number: the first is kept, the others ({value}) go in the notes.</source>
        <translation>Có nhiều số điện thoại: giữ số đầu tiên, các số còn lại ({value}) ghi vào phần ghi chú.</translation>
    </message>
    <message>
        <source>Excel had turned the house number into a date; it is read as {value}.</source>
        <translation>Excel đã đổi số nhà thành ngày tháng; số nhà được hiểu là {value}.</translation>
    </message>
    <message>
        <source>No member is marked as head of household: {name}, the first, is taken as the head.</source>
        <translation>Không ai được ghi là chủ hộ: người đầu tiên, {name}, được lấy làm chủ hộ.</translation>
    </message>
    <message>
        <source>The same household is already on row {row} of this sheet.</source>
        <translation>Hộ này đã có ở dòng {row} của trang tính.</translation>
    </message>
    <message>
        <source>{file}: {households} households ({persons} persons). Would add {add}, update {update}, skip {skip} already in the register; {refused} refused because of errors.</source>
        <translation>{file}: {households} hộ ({persons} nhân khẩu). Sẽ thêm {add}, cập nhật {update}, bỏ qua {skip} hộ đã có trong sổ; {refused} hộ bị từ chối vì có lỗi.</translation>
    </message>
    <message>
        <source>{file}: added {add} households, updated {update}, skipped {skip} already in the register; {refused} refused because of errors.</source>
        <translation>{file}: đã thêm {add} hộ, cập nhật {update}, bỏ qua {skip} hộ đã có trong sổ; {refused} hộ bị từ chối vì có lỗi.</translation>
    </message>
    <message>
        <source>Text converted from the old encoding {encoding}.</source>
        <translation>Chữ đã được chuyển từ bảng mã cũ {encoding}.</translation>
    </message>
    <message>
        <source>Row {row} ({column}): {detail}</source>
        <translation>Dòng {row} ({column}): {detail}</translation>
    </message>
    <message>
        <source>The installation&apos;s key file {file} is damaged. It was left as it is: restore it from a backup of the data folder.</source>
        <translation>Tệp khóa của máy {file} bị hỏng. Tệp được giữ nguyên: hãy khôi phục từ bản sao lưu thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>The printer did not print ({detail}). Nothing was recorded as printed.</source>
        <translation>Máy in không in được ({detail}). Chưa ghi nhận là đã in.</translation>
    </message>
    <message>
        <source>Stopped. What was done before is kept.</source>
        <translation>Đã dừng. Phần đã làm trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>Something went wrong: {detail}</source>
        <translation>Đã có lỗi: {detail}</translation>
    </message>
</context>
<context>
    <name>MoveMemberDialog</name>
    <message>
        <source>Move %1 to another household</source>
        <translation>Chuyển %1 sang hộ khác</translation>
    </message>
    <message>
        <source>Find the household by the head&apos;s name, address or phone:</source>
        <translation>Tìm hộ theo tên chủ hộ, địa chỉ hoặc số điện thoại:</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Set a new password</source>
        <translation>Đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>A new password for %1. The old one stops working at once, and a pause after wrong passwords is lifted.</source>
        <translation>Mật khẩu mới cho %1. Mật khẩu cũ hết hiệu lực ngay, và việc tạm khóa do gõ sai mật khẩu được gỡ bỏ.</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import a package</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <source>Package file: %1</source>
        <translation>Tệp gói dữ liệu: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Đơn vị gửi:</translation>
    </message>
    <message>
        <source>Package number:</source>
        <translation>Gói số:</translation>
    </message>
    <message>
        <source>Written on:</source>
        <translation>Ngày ghi:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>I &amp;checked this fingerprint with the sender</source>
        <translation>Tôi đã &amp;kiểm tra dấu vân tay khóa này với đơn vị gửi</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Loại dữ liệu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Checking the package…</source>
        <translation>Đang kiểm tra gói dữ liệu…</translation>
    </message>
    <message>
        <source>NEW SENDER: this is the first package from %1 on this computer. Before importing it, call the sender and check that the fingerprint of its key, shown on its screen and on the summary sheet with the package, is exactly:</source>
        <translation>ĐƠN VỊ GỬI MỚI: đây là gói dữ liệu đầu tiên của %1 trên máy này. Trước khi nhập, hãy gọi điện cho đơn vị gửi và kiểm tra dấu vân tay khóa của họ (hiện trên màn hình của họ và trên tờ tóm tắt gửi kèm gói) có đúng chính xác như sau không:</translation>
    </message>
    <message>
        <source>This package can be imported now; ask the sender about the missing ones.</source>
        <translation>Vẫn có thể nhập gói này ngay; hãy hỏi đơn vị gửi về các gói còn thiếu.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <source>Also %1 lines of aggregate figures (counts only, no personal data), which replace those received before from the same units.</source>
        <translation>Ngoài ra có %1 dòng số liệu tổng hợp (chỉ có con số, không có thông tin cá nhân), thay cho số liệu đã nhận trước đây từ cùng các đơn vị đó.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save the receipt for %1</source>
        <translation>Lưu giấy báo nhận cho %1</translation>
    </message>
    <message>
        <source>Receipts (*%1)</source>
        <translation>Giấy báo nhận (*%1)</translation>
    </message>
    <message>
        <source>The receipt is saved as %1. Take it back to %2: its next package then starts from here.</source>
        <translation>Đã lưu giấy báo nhận thành %1. Hãy gửi lại cho %2: gói tiếp theo của họ sẽ tính tiếp từ đây.</translation>
    </message>
    <message>
        <source>No receipt was saved: the next package from %1 will carry these records again, which does no harm.</source>
        <translation>Chưa lưu giấy báo nhận: gói tiếp theo của %1 sẽ mang lại các bản ghi này một lần nữa, việc này không ảnh hưởng gì.</translation>
    </message>
    <message>
        <source>Records changed both here and at the sender are kept as they are here: settle them with the Conflicts button.</source>
        <translation>Các bản ghi bị sửa ở cả máy này lẫn ở đơn vị gửi được giữ nguyên như trên máy này: hãy giải quyết bằng nút Xung đột.</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>it has no pages</source>
        <translation>tệp không có trang nào</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1</source>
        <translation>Không hiển thị được tệp PDF này: %1</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Chưa có tài liệu</translation>
    </message>
</context>
<context>
    <name>PrinterCalibrationDialog</name>
    <message>
        <source>Printer calibration</source>
        <translation>Căn chỉnh máy in</translation>
    </message>
    <message>
        <source>Print the test page and measure it with a ruler.
1. The rectangle should be 100 mm wide. If it is not, set the scale to 100 ÷ the width you measured × 100 % (98 mm gives 102 %) and print again.
2. The centre of the cross at the top left should be 20 mm from the left edge and 20 mm from the top edge of the paper. If it is 23 mm from the left, enter −3 in “Move right”; if it is 18 mm from the top, enter 2 in “Move down”.
Print the test page again to check, then press OK.</source>
        <translation>In trang thử rồi đo bằng thước.
1. Hình chữ nhật phải rộng 100 mm. Nếu không, đặt tỉ lệ bằng 100 ÷ chiều rộng đo được × 100 % (đo được 98 mm thì đặt 102 %) rồi in lại.
2. Tâm dấu chữ thập ở góc trên bên trái phải cách mép trái 20 mm và mép trên 20 mm. Nếu cách mép trái 23 mm, nhập −3 vào “Dịch sang phải”; nếu cách mép trên 18 mm, nhập 2 vào “Dịch xuống”.
In lại trang thử để kiểm tra, rồi bấm Đồng ý.</translation>
    </message>
    <message>
        <source>Move &amp;right (mm):</source>
        <translation>Dịch sang &amp;phải (mm):</translation>
    </message>
    <message>
        <source>Move &amp;down (mm):</source>
        <translation>Dịch &amp;xuống (mm):</translation>
    </message>
    <message>
        <source>&amp;Scale (%):</source>
        <translation>&amp;Tỉ lệ (%):</translation>
    </message>
    <message>
        <source>&amp;Print test page…</source>
        <translation>&amp;In trang thử…</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>Đặt &amp;lại</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>Cho vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Cho vào thùng rác</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Registration for %1</source>
        <translation>Đăng ký năm %1</translation>
    </message>
    <message>
        <source>Tick who registers. To register a whole tổ but a few, choose the tổ, tick all shown, then untick those few.</source>
        <translation>Đánh dấu các đối tượng đăng ký. Muốn đăng ký cả một tổ trừ vài hộ: chọn tổ, đánh dấu tất cả đang hiện, rồi bỏ dấu các hộ đó.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review meeting %1</source>
        <translation>Họp bình xét năm %1</translation>
    </message>
    <message>
        <source>Record the meeting. Ticked subjects are proposed for recognition; those that meet the rule are ticked first.</source>
        <translation>Ghi lại cuộc họp. Các đối tượng được đánh dấu là được đề nghị công nhận; những đối tượng đạt yêu cầu đã được đánh dấu sẵn.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Địa đ&amp;iểm:</translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation>&amp;Chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation>&amp;Thư ký:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Thành phần &amp;dự họp:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>ScoringDialog</name>
    <message>
        <source>Scoring</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>&amp;Criteria set:</source>
        <translation>&amp;Bộ tiêu chí:</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Lý do đính chính:</translation>
    </message>
    <message>
        <source>Print a &amp;blank sheet…</source>
        <translation>In phiếu &amp;trắng…</translation>
    </message>
    <message>
        <source>&amp;Print this sheet…</source>
        <translation>&amp;In phiếu này…</translation>
    </message>
    <message>
        <source>The sheet as saved last (save first to print what is on screen)</source>
        <translation>Phiếu như đã lưu lần cuối (hãy lưu trước để in đúng nội dung đang hiện)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Max.</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>From the records</source>
        <translation>Theo số liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>* A sample set: its wording and points must be confirmed by the association.</source>
        <translation>* Bộ tiêu chí mẫu: nội dung và điểm cần được Hội xác nhận.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>đạt</translation>
    </message>
    <message>
        <source>From the records: %1</source>
        <translation>Theo số liệu: %1</translation>
    </message>
    <message>
        <source>No criteria set applies to this year and model.</source>
        <translation>Không có bộ tiêu chí nào áp dụng cho năm và mô hình này.</translation>
    </message>
    <message>
        <source>Total: %1 / %2</source>
        <translation>Tổng điểm: %1 / %2</translation>
    </message>
    <message>
        <source>meets the rule</source>
        <translation>đạt yêu cầu</translation>
    </message>
    <message>
        <source>does not meet the rule</source>
        <translation>chưa đạt yêu cầu</translation>
    </message>
    <message>
        <source>Total: %1 / %2 · %3 · %4</source>
        <translation>Tổng điểm: %1 / %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Save the scoring sheet as PDF</source>
        <translation>Lưu phiếu chấm điểm thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recognised by decision %1: a change here is a correction, kept with the old score, who and why.</source>
        <translation>Đã được công nhận theo quyết định %1: thay đổi ở đây là đính chính, được lưu cùng điểm cũ, người sửa và lý do.</translation>
    </message>
    <message>
        <source>%1 · %2: %3 → %4 (%5)</source>
        <translation>%1 · %2: %3 → %4 (%5)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Đơn vị sử dụng</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Lưu cài đặt</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Safety on this computer</source>
        <translation>An toàn trên máy này</translation>
    </message>
    <message>
        <source>Lock the app after &amp;idle minutes:</source>
        <translation>Khóa ứng dụng sau số phút không dùng:</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sa&amp;o lưu…</translation>
    </message>
    <message>
        <source>This installation&apos;s key fingerprint (for the unit above): %1</source>
        <translation>Dấu vân tay khóa của đơn vị này (để đơn vị cấp trên đối chiếu): %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up XHHT Desktop</source>
        <translation>Thiết lập XHHT Desktop</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xin chào</translation>
    </message>
    <message>
        <source>XHHT Desktop keeps the records of your learning-promotion association on this computer, with no internet needed.

First, say which association this computer works for. You can change all of it later in Settings.</source>
        <translation>XHHT Desktop lưu dữ liệu của Hội Khuyến học ngay trên máy tính này, không cần internet.

Trước hết, xin cho biết máy này làm việc cho đơn vị nào. Mọi thông tin đều có thể sửa lại sau trong mục Cài đặt.</translation>
    </message>
    <message>
        <source>Your association</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <source>Administrative units as in force since 1 July 2025 (QĐ 19/2025/QĐ-TTg).</source>
        <translation>Đơn vị hành chính theo danh mục có hiệu lực từ 01/7/2025 (QĐ 19/2025/QĐ-TTg).</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;Print the report (PDF)…</source>
        <translation>&amp;In báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Xuất ra &amp;Excel…</translation>
    </message>
    <message>
        <source>The year&apos;s table of the unit selected (or of this association): one row per unit below it, with every learning model</source>
        <translation>Bảng số liệu trong năm của đơn vị đang chọn (hoặc của hội này): mỗi đơn vị cấp dưới một dòng, đủ các mô hình học tập</translation>
    </message>
    <message>
        <source>Each model shows registered / recognised (share of those registered) / commended. A unit&apos;s row counts its own records and those of every unit below it. Units in italics sent counts only, without personal data.</source>
        <translation>Mỗi mô hình ghi: số đăng ký / số được công nhận (tỉ lệ trên số đăng ký) / số được biểu dương. Dòng của một đơn vị gồm số liệu của chính đơn vị đó và của mọi đơn vị cấp dưới. Đơn vị in nghiêng chỉ gửi số liệu tổng hợp, không có thông tin cá nhân.</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Gia đình học tập</translation>
    </message>
    <message>
        <source>Clans</source>
        <translation>Dòng họ học tập</translation>
    </message>
    <message>
        <source>Communities</source>
        <translation>Cộng đồng học tập</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị học tập</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Công dân học tập</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Hội viên</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Own records of %1</source>
        <translation>Số liệu riêng của %1</translation>
    </message>
    <message>
        <source>%1 / %2 (%3) / %4</source>
        <translation>%1 / %2 (%3) / %4</translation>
    </message>
    <message>
        <source>%1
%2 subjects · registered %3 · scored %4 · proposed %5
recognised %6 (%7 of those registered, %8 of all) · commended %9</source>
        <translation>%1
%2 đối tượng · đăng ký %3 · đã chấm %4 · đề nghị %5
công nhận %6 (%7 số đăng ký, %8 tổng số) · biểu dương %9</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Mã %1</translation>
    </message>
    <message>
        <source>Sent counts only, without personal data.</source>
        <translation>Chỉ gửi số liệu tổng hợp, không có thông tin cá nhân.</translation>
    </message>
    <message>
        <source>%1: %2 units with registrations · %3 households, %4 of them recognised as learning families (%5) · %6 members · %7 activities</source>
        <translation>Năm %1: %2 đơn vị có đăng ký · %3 hộ, trong đó %4 hộ được công nhận Gia đình học tập (%5) · %6 hội viên · %7 hoạt động</translation>
    </message>
    <message>
        <source>statistics-%1.pdf</source>
        <translation>tong-hop-%1.pdf</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Lưu báo cáo thành tệp PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tổng hợp</translation>
    </message>
    <message>
        <source>statistics-%1.xlsx</source>
        <translation>tong-hop-%1.xlsx</translation>
    </message>
</context>
<context>
    <name>TickListBox</name>
    <message>
        <source>Find a name — accents not needed</source>
        <translation>Tìm tên — không cần gõ dấu</translation>
    </message>
    <message>
        <source>All tổ</source>
        <translation>Tất cả các tổ</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Đánh &amp;dấu tất cả đang hiện</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Bỏ dấu tất cả đang hiện</translation>
    </message>
    <message>
        <source>%1 ticked</source>
        <translation>Đã đánh dấu %1</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Households, members, activities, clans and units moved to the trash stay here and can be restored. Nothing is erased.</source>
        <translation>Hộ gia đình, thành viên, hoạt động, dòng họ và đơn vị đã cho vào thùng rác được giữ ở đây và có thể khôi phục. Không có gì bị xóa hẳn.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Address / household</source>
        <translation>Địa chỉ / hộ</translation>
    </message>
    <message>
        <source>Moved to trash</source>
        <translation>Cho vào thùng rác lúc</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Clan</source>
        <translation>Dòng họ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>household of %1</source>
        <translation>hộ %1</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Thùng rác</translation>
    </message>
</context>
<context>
    <name>UnitEditor</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>&amp;Thủ trưởng:</translation>
    </message>
    <message>
        <source>Number of &amp;staff:</source>
        <translation>&amp;Số cán bộ, nhân viên:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Địa &amp;chỉ:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>e.g. Trường Tiểu học Lê Ngọc Hân</source>
        <translation>ví dụ Trường Tiểu học Lê Ngọc Hân</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Thủ trưởng</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Số CB-NV</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>&amp;New unit</source>
        <translation>Thêm đơn &amp;vị</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Name — accents not needed</source>
        <translation>Tên đơn vị — không cần gõ dấu</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; to the trash?
You can restore it from the Trash page.</source>
        <translation>Cho &quot;%1&quot; vào Thùng rác?
Có thể khôi phục lại ở trang Thùng rác.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 đơn vị</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Nhập liệu</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Chỉ xem</translation>
    </message>
    <message>
        <source>enters data, changes the settings, manages accounts, restores backups</source>
        <translation>nhập liệu, thay đổi cài đặt, quản lý tài khoản, khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>adds and changes households and activities</source>
        <translation>thêm và sửa hộ gia đình, hoạt động</translation>
    </message>
    <message>
        <source>looks, searches and prints; changes nothing</source>
        <translation>xem, tìm và in; không sửa được gì</translation>
    </message>
    <message>
        <source>Accounts on this computer</source>
        <translation>Tài khoản trên máy này</translation>
    </message>
    <message>
        <source>Everyone who uses XHHT Desktop on this computer logs in with their own account, so the list of changes says who did what. Accounts are never deleted: turn off the account of someone who no longer helps.</source>
        <translation>Mỗi người dùng XHHT Desktop trên máy này đăng nhập bằng tài khoản riêng, để nhật ký thay đổi ghi rõ ai làm gì. Tài khoản không bao giờ bị xóa: ai không còn tham gia thì khóa tài khoản của người đó.</translation>
    </message>
    <message>
        <source>Only the administrator of this computer can change the accounts.</source>
        <translation>Chỉ người quản trị của máy này mới thay đổi được các tài khoản.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Đăng nhập lần cuối</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Tài khoản đang chọn</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>Turned off: this account cannot log in</source>
        <translation>Khóa: tài khoản này không đăng nhập được</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>Đặt &amp;mật khẩu mới…</translation>
    </message>
    <message>
        <source>This is your own account: a change to it takes effect at your next login.</source>
        <translation>Đây là tài khoản của chính bạn: thay đổi sẽ có hiệu lực từ lần đăng nhập sau.</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <source>Selected account: %1</source>
        <translation>Tài khoản đang chọn: %1</translation>
    </message>
    <message>
        <source>The account %1 was added.</source>
        <translation>Đã thêm tài khoản %1.</translation>
    </message>
    <message>
        <source>%1 has a new password. Tell it to them in person.</source>
        <translation>%1 đã có mật khẩu mới. Hãy báo trực tiếp cho người đó.</translation>
    </message>
    <message>
        <source>Turn off your own account? You will not be able to log in with it again.</source>
        <translation>Khóa chính tài khoản của bạn? Bạn sẽ không đăng nhập lại bằng tài khoản này được nữa.</translation>
    </message>
    <message>
        <source>Give up being an administrator? From your next login you will no longer manage the accounts and settings.</source>
        <translation>Thôi làm người quản trị? Từ lần đăng nhập sau, bạn sẽ không còn quản lý tài khoản và cài đặt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Kiểm tra giấy công nhận</translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate with a scanner into the box below, or type the text it holds. No internet is needed.</source>
        <translation>Dùng máy quét đọc mã QR trên giấy vào ô dưới đây, hoặc gõ nội dung của mã. Không cần mạng Internet.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a certificate</source>
        <translation>Hủy giấy công nhận</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 will be marked void in the register. Its number is never given again; printing for this subject again takes a new number.</source>
        <translation>Giấy số %1 của %2 sẽ được ghi là đã hủy trong sổ. Số này không bao giờ được cấp lại; in lại cho đối tượng này sẽ cấp số mới.</translation>
    </message>
    <message>
        <source>&amp;Why is it voided?</source>
        <translation>&amp;Lý do hủy:</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>&amp;Hủy giấy</translation>
    </message>
</context>
</TS>
