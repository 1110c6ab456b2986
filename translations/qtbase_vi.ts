<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Đóng thẻ</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không xác định</translation>
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
        <translation>Tă&amp;ng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Application &quot;%1&quot; requires Qt %2, found Qt %3.</source>
        <translation>Ứng dụng &quot;%1&quot; yêu cầu Qt %2, nhưng tìm thấy Qt %3.</translation>
    </message>
    <message>
        <source>Incompatible Qt Library Error</source>
        <translation>Lỗi thư viện Qt không tương thích</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Mở danh sách lựa chọn</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Thông tin &amp;thanh toán:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Kết thúc:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Bắt đầu:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang tiêu đề</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ vô thời hạn</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>&amp;Mức ưu tiên:</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Lên lịch &amp;in:</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (Thứ Bảy đến Chủ Nhật)</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Cần xác thực để sử dụng %1 trên %2.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Cần xác thực để sử dụng %1.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Tên người dùng:</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Đây là gì?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng bảng neo</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách rời</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách rời hoặc gắn lại bảng neo</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>Đồn&amp;g ý</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Hiển thị lại thông báo này</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Lỗi nghiêm trọng:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Thông báo gỡ lỗi:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Lỗi không thể khắc phục:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Thông tin:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Cảnh báo:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Vui lòng kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Vui lòng kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa chứ?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc chắn muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang chế độ xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang chế độ xem danh sách</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không thể xóa thư mục.</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tê&amp;n tệp:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Loại tệ&amp;p:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Đi tới thư mục cha</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Hiện tệp ẩn</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
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
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QFontDatabase</name>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Ả Rập</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengal</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Siêu đậm</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kirin</translation>
    </message>
    <message>
        <source>Demi</source>
        <translation>Nửa</translation>
    </message>
    <message>
        <source>Demi Bold</source>
        <translation>Nửa đậm</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Rất</translation>
    </message>
    <message>
        <source>Extra Bold</source>
        <translation>Rất đậm</translation>
    </message>
    <message>
        <source>Extra Light</source>
        <translation>Rất mảnh</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Gruzia</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Hy Lạp</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Do Thái</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latinh</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Mảnh</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Vừa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Normal</source>
        <comment>The Normal or Regular font weight</comment>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation>Xiên</translation>
    </message>
    <message>
        <source>Runic</source>
        <translation>Rune</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Syriac</source>
        <translation>Syria</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thái</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Siêu mảnh</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tây Tạng</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
</context>
<context>
    <name>QFontDialog</name>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>Gạch &amp;dưới</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Hiệu ứng</translation>
    </message>
    <message>
        <source>Font st&amp;yle</source>
        <translation>&amp;Kiểu chữ</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Select Font</source>
        <translation>Chọn phông chữ</translation>
    </message>
    <message>
        <source>Stri&amp;keout</source>
        <translation>&amp;Gạch ngang</translation>
    </message>
    <message>
        <source>Wr&amp;iting System</source>
        <translation>&amp;Hệ chữ viết</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>Đồn&amp;g ý</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Nhấn phím tắt</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
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
    <name>QMdiArea</name>
    <message>
        <source>(Untitled)</source>
        <translation>(Chưa đặt tên)</translation>
    </message>
</context>
<context>
    <name>QMdiSubWindow</name>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Di chuyển</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>Kích &amp;thước</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Ma&amp;ximize</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Maximize</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Mi&amp;nimize</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Restore Down</source>
        <translation>Khôi phục kích thước</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Stay on &amp;Top</source>
        <translation>&amp;Luôn ở trên cùng</translation>
    </message>
    <message>
        <source>Unshade</source>
        <translation>Mở ra</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Giới thiệu về Qt&lt;/h3&gt;&lt;p&gt;Chương trình này sử dụng Qt phiên bản %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu về Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang &amp;mỗi tờ:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Điểm (pt)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang đảo ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc đảo ngược</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>A4 Small</source>
        <translation>A4 nhỏ</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Tùy chỉnh (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Tùy chỉnh (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Tùy chỉnh (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Tùy chỉnh (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Tùy chỉnh (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Phong bì thiệp mời</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Phong bì Ý</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Phong bì cá nhân</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy in liên tục Đức (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy in liên tục Đức Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy in liên tục Mỹ (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter nhỏ</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K lớn</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
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
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
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
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Vui lòng dùng &apos;,&apos; để phân tách các khoảng trang và trang, &apos;-&apos; để xác định khoảng trang, và bảo đảm các khoảng trang không chồng lên nhau.</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không thể ghi vào tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Chỉ định trang không hợp lệ</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp cục bộ</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời hai tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Tập trang&apos;.
Vui lòng tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Thiết lập in hai mặt có xung đột. Bạn có muốn khắc phục không?</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiển thị hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiển thị tổng quan tất cả các trang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiển thị một trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>Custom value for %1</source>
        <translation>Giá trị tùy chỉnh cho %1</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Các tùy chọn thiết lập trang có xung đột. Bạn có muốn khắc phục không?</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Một số tùy chọn nâng cao có xung đột. Bạn có muốn khắc phục không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn có xung đột. Vui lòng khắc phục.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Xếp bộ</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang độ xám</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Tậ&amp;p trang:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo ngược thứ tự</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, phân tách bằng dấu phẩy. Khoảng trang gồm hai số nối với nhau bằng dấu gạch ngang. Ví dụ: 3,5-7,9 sẽ in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Cạnh trái</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Cạnh phải</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn tới đây</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Add Favorite</source>
        <translation>Thêm vào mục ưa thích</translation>
    </message>
    <message>
        <source>Adjust Brightness</source>
        <translation>Điều chỉnh độ sáng</translation>
    </message>
    <message>
        <source>Adjust contrast</source>
        <translation>Điều chỉnh độ tương phản</translation>
    </message>
    <message>
        <source>Application Left</source>
        <translation>Ứng dụng bên trái</translation>
    </message>
    <message>
        <source>Application Right</source>
        <translation>Ứng dụng bên phải</translation>
    </message>
    <message>
        <source>Audio Cycle Track</source>
        <translation>Chuyển vòng bản nhạc</translation>
    </message>
    <message>
        <source>Audio Random Play</source>
        <translation>Phát ngẫu nhiên</translation>
    </message>
    <message>
        <source>Audio Repeat</source>
        <translation>Phát lặp lại</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Bass Boost</source>
        <translation>Tăng cường âm trầm</translation>
    </message>
    <message>
        <source>Bass Down</source>
        <translation>Giảm âm trầm</translation>
    </message>
    <message>
        <source>Bass Up</source>
        <translation>Tăng âm trầm</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Xanh lam</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Sách</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Máy tính bỏ túi</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gọi</translation>
    </message>
    <message>
        <source>Camera Focus</source>
        <translation>Lấy nét máy ảnh</translation>
    </message>
    <message>
        <source>Camera Shutter</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Channel Down</source>
        <translation>Kênh trước</translation>
    </message>
    <message>
        <source>Channel Up</source>
        <translation>Kênh sau</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Code input</source>
        <translation>Nhập mã</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cộng đồng</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Đẩy đĩa ra</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Thực thi</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Mục ưa thích</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Tài chính</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Lật</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Trò chơi</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Đi</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh lục</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Hangup</source>
        <translation>Gác máy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>Ngủ đông</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Văn phòng tại nhà</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Hot Links</source>
        <translation>Liên kết nổi bật</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Bàn phím</translation>
    </message>
    <message>
        <source>Keyboard Brightness Down</source>
        <translation>Giảm độ sáng bàn phím</translation>
    </message>
    <message>
        <source>Keyboard Brightness Up</source>
        <translation>Tăng độ sáng bàn phím</translation>
    </message>
    <message>
        <source>Keyboard Light On/Off</source>
        <translation>Bật/tắt đèn bàn phím</translation>
    </message>
    <message>
        <source>Keyboard Menu</source>
        <translation>Menu bàn phím</translation>
    </message>
    <message>
        <source>Last Number Redial</source>
        <translation>Gọi lại số cuối</translation>
    </message>
    <message>
        <source>Launch (0)</source>
        <translation>Khởi chạy (0)</translation>
    </message>
    <message>
        <source>Launch (1)</source>
        <translation>Khởi chạy (1)</translation>
    </message>
    <message>
        <source>Launch (2)</source>
        <translation>Khởi chạy (2)</translation>
    </message>
    <message>
        <source>Launch (3)</source>
        <translation>Khởi chạy (3)</translation>
    </message>
    <message>
        <source>Launch (4)</source>
        <translation>Khởi chạy (4)</translation>
    </message>
    <message>
        <source>Launch (5)</source>
        <translation>Khởi chạy (5)</translation>
    </message>
    <message>
        <source>Launch (6)</source>
        <translation>Khởi chạy (6)</translation>
    </message>
    <message>
        <source>Launch (7)</source>
        <translation>Khởi chạy (7)</translation>
    </message>
    <message>
        <source>Launch (8)</source>
        <translation>Khởi chạy (8)</translation>
    </message>
    <message>
        <source>Launch (9)</source>
        <translation>Khởi chạy (9)</translation>
    </message>
    <message>
        <source>Launch (A)</source>
        <translation>Khởi chạy (A)</translation>
    </message>
    <message>
        <source>Launch (B)</source>
        <translation>Khởi chạy (B)</translation>
    </message>
    <message>
        <source>Launch (C)</source>
        <translation>Khởi chạy (C)</translation>
    </message>
    <message>
        <source>Launch (D)</source>
        <translation>Khởi chạy (D)</translation>
    </message>
    <message>
        <source>Launch (E)</source>
        <translation>Khởi chạy (E)</translation>
    </message>
    <message>
        <source>Launch (F)</source>
        <translation>Khởi chạy (F)</translation>
    </message>
    <message>
        <source>Launch (G)</source>
        <translation>Khởi chạy (G)</translation>
    </message>
    <message>
        <source>Launch (H)</source>
        <translation>Khởi chạy (H)</translation>
    </message>
    <message>
        <source>Launch Mail</source>
        <translation>Mở thư điện tử</translation>
    </message>
    <message>
        <source>Launch Media</source>
        <translation>Mở trình phát đa phương tiện</translation>
    </message>
    <message>
        <source>LightBulb</source>
        <translation>Đèn</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Mail Forward</source>
        <translation>Chuyển tiếp thư</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Chợ</translation>
    </message>
    <message>
        <source>Media Fast Forward</source>
        <translation>Tua nhanh</translation>
    </message>
    <message>
        <source>Media Next</source>
        <translation>Bài tiếp theo</translation>
    </message>
    <message>
        <source>Media Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Media Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Media Previous</source>
        <translation>Bài trước</translation>
    </message>
    <message>
        <source>Media Record</source>
        <translation>Ghi</translation>
    </message>
    <message>
        <source>Media Rewind</source>
        <translation>Tua lại</translation>
    </message>
    <message>
        <source>Media Stop</source>
        <translation>Dừng phát</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Ghi nhớ</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <source>Microphone Mute</source>
        <translation>Tắt micrô</translation>
    </message>
    <message>
        <source>Microphone Volume Down</source>
        <translation>Giảm âm lượng micrô</translation>
    </message>
    <message>
        <source>Microphone Volume Up</source>
        <translation>Tăng âm lượng micrô</translation>
    </message>
    <message>
        <source>Monitor Brightness Down</source>
        <translation>Giảm độ sáng màn hình</translation>
    </message>
    <message>
        <source>Monitor Brightness Up</source>
        <translation>Tăng độ sáng màn hình</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Âm nhạc</translation>
    </message>
    <message>
        <source>My Sites</source>
        <translation>Trang của tôi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Tin tức</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>Mở URL</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Hình ảnh</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>Tắt nguồn</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Tắt nguồn</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Tải lại</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Rotate Windows</source>
        <translation>Xoay cửa sổ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Trình bảo vệ màn hình</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Cửa hàng</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Ngủ</translation>
    </message>
    <message>
        <source>Spellchecker</source>
        <translation>Kiểm tra chính tả</translation>
    </message>
    <message>
        <source>Split Screen</source>
        <translation>Chia màn hình</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Bảng tính</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Chờ</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Phụ đề</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Tạm ngưng</translation>
    </message>
    <message>
        <source>Task Panel</source>
        <translation>Bảng tác vụ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>Danh sách việc cần làm</translation>
    </message>
    <message>
        <source>Toggle Call/Hangup</source>
        <translation>Gọi/Gác máy</translation>
    </message>
    <message>
        <source>Toggle Media Play/Pause</source>
        <translation>Phát/Tạm dừng</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <source>Top Menu</source>
        <translation>Menu trên cùng</translation>
    </message>
    <message>
        <source>Touchpad Off</source>
        <translation>Tắt bàn di chuột</translation>
    </message>
    <message>
        <source>Touchpad On</source>
        <translation>Bật bàn di chuột</translation>
    </message>
    <message>
        <source>Touchpad Toggle</source>
        <translation>Bật/tắt bàn di chuột</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Du lịch</translation>
    </message>
    <message>
        <source>Treble Down</source>
        <translation>Giảm âm cao</translation>
    </message>
    <message>
        <source>Treble Up</source>
        <translation>Tăng âm cao</translation>
    </message>
    <message>
        <source>Ultra Wide Band</source>
        <translation>Băng thông siêu rộng</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Voice Dial</source>
        <translation>Quay số bằng giọng nói</translation>
    </message>
    <message>
        <source>Volume Down</source>
        <translation>Giảm âm lượng</translation>
    </message>
    <message>
        <source>Volume Mute</source>
        <translation>Tắt tiếng</translation>
    </message>
    <message>
        <source>Volume Up</source>
        <translation>Tăng âm lượng</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Đánh thức</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Không dây</translation>
    </message>
    <message>
        <source>Word Processor</source>
        <translation>Trình soạn thảo văn bản</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Đây là gì?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ liên &amp;kết</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
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
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp theo &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
</context>
</TS>
