"""Plans built in code for the document tests and the benchmark.

``long_plan()`` follows the 2022 emulation plan of the Nam Từ Liêm education office
(samples/plan_namtuliem_2022.txt: bases, three roman sections, "-" and "+" paragraphs with
italic lead-ins, a bold deadline, a 9-row timetable in four quarters as an appendix, KT.
signature). ``short_plan()`` follows the Sa Đéc plan of the same year (a draft: blank number and
blank day, numbered "1." paragraphs, the head signing in person).

Inline ``*italic*`` and ``**bold**`` in the literals below become runs; a leading "- " or "+ "
becomes the paragraph's marker.
"""

from __future__ import annotations

import re

from thiduadesk.domain.model import Signer
from thiduadesk.domain.plan import (
    ARABIC,
    ROMAN,
    DocDate,
    Paragraph,
    Plan,
    Recipient,
    Run,
    Section,
    Timetable,
    TimetableRow,
)

_INLINE = re.compile(r"(\*\*.+?\*\*|\*.+?\*)")
_MARKER = re.compile(r"^([-+]|\d+\.|[a-zđ]\))\s+")


def para(text: str) -> Paragraph:
    """'- text with *italic* and **bold**' → Paragraph(marker='-', runs=[…])."""
    marker = ""
    m = _MARKER.match(text)
    if m:
        marker, text = m.group(1), text[m.end() :]
    runs = []
    for piece in _INLINE.split(text):
        if not piece:
            continue
        if piece.startswith("**"):
            runs.append(Run(piece[2:-2], bold=True))
        elif piece.startswith("*"):
            runs.append(Run(piece[1:-1], italic=True))
        else:
            runs.append(Run(piece))
    return Paragraph(runs=runs, marker=marker)


def section(label: str, title: str, *children, style: str = ARABIC) -> Section:
    kids = [c if isinstance(c, Section | Paragraph) else para(c) for c in children]
    return Section(title=title, label=label, style=style, children=kids)


# --- the long plan (Nam Từ Liêm 2022) ----------------------------------------------------------

NTL_BASES = [
    "Thực hiện Kế hoạch số 4340/KH-SGDĐT ngày 22/12/2021 về công tác thi đua, khen thưởng Ngành Giáo dục và Đào tạo Hà Nội năm 2022; Phát huy kết quả đạt được trong công tác thi đua, khen thưởng năm 2021 và nhằm thực hiện thắng lợi các mục tiêu, nhiệm vụ đề ra, Phòng Giáo dục và Đào tạo quận Nam Từ Liêm xây dựng kế hoạch công tác thi đua, khen thưởng năm 2022, với các nội dung sau:",
]


def _ntl_body() -> list[Section]:
    return [
        section(
            "I.",
            "MỤC ĐÍCH, YÊU CẦU",
            section(
                "1.",
                "Mục đích",
                "- Phát động và triển khai phong trào thi đua yêu nước trong toàn Ngành Giáo dục và Đào tạo quận nhằm thực hiện thắng lợi các nhiệm vụ chính trị, các chỉ tiêu phát triển kinh tế - xã hội năm 2022 và thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19 để thực hiện “mục tiêu kép” chào mừng các ngày lễ, các ngày kỷ niệm lớn của Thủ đô và đất nước.",
                "- Nâng cao chất lượng công tác khen thưởng, đảm bảo khen thưởng thực chất, có tác dụng động viên; chú trọng khen thưởng thành tích đột xuất, các gương điển hình tiên tiến, người tốt - việc tốt, quan tâm khen thưởng giáo viên và người lao động trực tiếp trong các phong trào thi đua yêu nước.",
            ),
            section(
                "2.",
                "Yêu cầu",
                "- Việc tổ chức các phong trào thi đua yêu nước và thực hiện công tác khen thưởng phải thiết thực, phù hợp với thực tiễn, bám sát chỉ đạo của Ngành, của Quận và yêu cầu nhiệm vụ của đơn vị.",
                "- Các nhiệm vụ và giải pháp đề ra phải nhằm từng bước khắc phục những tồn tại, hạn chế, tiếp tục đổi mới và nâng cao hiệu quả công tác thi đua, khen thưởng.",
                "- Tăng cường vai trò, trách nhiệm của người đứng đầu và Hội đồng Thi đua - Khen thưởng trong việc chỉ đạo, triển khai thực hiện các nhiệm vụ công tác thi đua, khen thưởng.",
            ),
            style=ROMAN,
        ),
        section(
            "II.",
            "NỘI DUNG THỰC HIỆN",
            section(
                "1.",
                "Phát động và tổ chức các phong trào thi đua thực hiện thắng lợi nhiệm vụ năm 2022 (năm học 2021 - 2022)",
                "- Toàn Ngành tiếp tục duy trì hiệu quả phong trào thi đua truyền thống của Ngành: Thi đua “Dạy tốt - Học tốt”, “Đổi mới, sáng tạo trong dạy và học” triển khai các phong trào thi đua thường xuyên, thi đua theo chuyên đề với mục tiêu, nội dung, tiêu chí cụ thể; tiếp tục phát động và triển khai thực hiện có hiệu quả các cuộc vận động “Mỗi thầy, cô giáo là một tấm gương đạo đức, tự học và sáng tạo”; “Xây dựng nhà trường văn hóa, nhà giáo mẫu mực, học sinh thanh lịch”; “Dân chủ - Kỷ cương - Tình thương - Trách nhiệm”... thi đua lao động sáng tạo, đổi mới phương pháp nâng cao chất lượng dạy học nhằm thực hiện tốt nhiệm vụ năm học, đảm bảo “mục tiêu kép” vừa phòng chống dịch bệnh Covid-19 vừa tận dụng các cơ hội, điều kiện để hoàn thành tốt nhiệm vụ năm học; triển khai thực hiện tốt đợt thi đua hướng tới chào mừng kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam 03/02 và tổ chức các hoạt động phục vụ Tết Nguyên đán Nhâm Dần 2022; các hoạt động mừng Đảng, mừng Xuân phải gắn với tuyên truyền kết quả đạt được trong lĩnh vực phát triển kinh tế - xã hội, an ninh, quốc phòng của Quận.",
                "- Tiếp tục triển khai các đợt thi đua chào mừng các ngày lễ lớn, các sự kiện chính trị quan trọng của Thủ đô và đất nước: Kỷ niệm 50 năm Chiến thắng “Hà Nội - Điện Biên Phủ trên không”, ngày Quốc khánh 02/9, ngày Giải phóng Thủ đô 10/10.",
                "- Tiếp tục thực hiện hiệu quả các cuộc vận động lớn, các phong trào thi đua do Trung ương, Thành phố, Quận phát động trong cả hệ thống chính trị và nhân dân nhằm thực hiện các nhiệm vụ trọng tâm:",
                "+ *Phong trào thi đua đặc biệt “Toàn dân đoàn kết, chung sức thi đua phòng, chống và chiến thắng đại dịch Covid-19”*: Thi đua thực hiện đồng bộ, quyết liệt, thực chất, hiệu quả, kịp thời các nhiệm vụ và biện pháp phòng, chống dịch; Xây dựng và thực hiện nghiêm tiêu chí thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19 trong toàn Ngành.",
                "+ *Phong trào Thi đua “Cả nước chung tay vì người nghèo - không để ai bị bỏ lại phía sau”*: Tiếp tục thực hiện hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững, xây dựng chuẩn nghèo mới giai đoạn 2021 - 2025 cao hơn chuẩn nghèo của cả nước; ưu tiên nguồn lực phát triển vùng xa trung tâm, vùng đồng bào dân tộc thiểu số, các vùng khó khăn.",
                "+ *Phong trào thi đua “Sáng kiến, sáng tạo Thủ đô”*: Đẩy mạnh hoạt động sáng kiến gắn với việc thực hiện các nhiệm vụ chính trị trọng tâm, khâu đột phá của Ngành và của đơn vị; phấn đấu hàng năm tối thiểu 15% công chức, viên chức, người lao động có sáng kiến được công nhận, trong đó ít nhất 70% sáng kiến được áp dụng mang lại hiệu quả thiết thực.",
                "+ *Thi đua thực hiện văn hóa công sở và nơi công cộng*: Tích cực tuyên truyền thực hiện phong trào “Cán bộ, công chức, viên chức, người lao động thi đua thực hiện văn hóa công sở và nơi công cộng”. Chú trọng nâng cao kỷ luật, kỷ cương hành chính, đạo đức công vụ, phong cách phục vụ nhân dân của cán bộ, công chức theo hướng ngày càng chuyên nghiệp, trách nhiệm, hiệu quả; đề cao vai trò nêu gương và trách nhiệm của người đứng đầu.",
                "+ Tiếp tục đẩy mạnh thi đua xây dựng hệ thống chính trị gắn với việc “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”; phong trào thi đua “Đẩy mạnh cải cách hành chính”; phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, “Xây dựng người Hà Nội thanh lịch - văn minh”; phong trào thi đua “Người tốt, việc tốt”; thi đua “An toàn thực phẩm”; phong trào thi đua “Vì an ninh tổ quốc”, “Thi đua quyết thắng”... góp phần quan trọng hoàn thành thắng lợi các nhiệm vụ chính trị, các chỉ tiêu kính tế - xã hội, an ninh - quốc phòng năm 2022.",
                "+ *Thi đua đẩy mạnh cải cách hành chính*: Sắp xếp bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả, trong đó đề cao vai trò, trách nhiệm chỉ đạo, kiểm tra, giám sát của người đứng đầu ở tất cả các cấp học; đẩy mạnh ứng dụng công nghệ thông tin hướng tới mục tiêu xây dựng thành phố thông minh, sáng tạo.",
                "+ *Thi đua “An toàn thực phẩm”*: Nâng cao nhận thức và thực hành đúng về an toàn thực phẩm của người quản lý, sản xuất, chế biến và người tiêu dùng. Tăng cường kiểm soát chất lượng, kiểm tra, xử lý nghiêm các vi phạm về an toàn thực phẩm trong trường học.",
                "+ *Thi đua nâng cao hiệu quả đối ngoại và hội nhập quốc tế*: Chú trọng hợp tác quốc tế về khoa học và công nghệ. Thực hiện tốt các dự án hợp tác, giao lưu kinh tế, văn hóa. Tổ chức tốt các kỳ thi, hoạt động giao lưu quốc tế.",
                "+ *Thi đua đảm bảo an ninh, quốc phòng*: Tăng cường công tác đấu tranh phòng, chống tội phạm và tệ nạn xã hội; chú trọng đảm bảo an ninh trật tự an toàn giao thông, trật tự và văn minh đô thị. Thực hiện tốt công tác phòng chống cháy nổ trong trường học và trên địa bàn. Nâng cao hiệu quả công tác giải quyết khiếu nại, tố cáo. Tiếp tục đảm bảo công tác quốc phòng thường xuyên; thực hiện tốt chính sách đối với quân đội và hậu phương quân đội; gắn với các hoạt động kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12 và Ngày hội quốc phòng toàn dân.",
                "+ *Thi đua chào mừng kỷ niệm các ngày lễ lớn*: Tổ chức tốt các hoạt động kỷ niệm các ngày lễ lớn, tăng cường công tác tuyên truyền, công tác đền ơn đáp nghĩa; gắn biển công trình; tổ chức giao lưu, gặp mặt kết hợp biểu dương các gương điển hình tiên tiến, người tốt, việc tốt trong các phong trào thi đua yêu nước.",
                "+ *Thi đua xây dựng Thủ đô sáng - xanh - sạch - đẹp và an toàn*: Tích cực tuyên truyền giáo dục giá trị truyền thống và văn hoá Người Hà Nội; học sinh thanh lịch; văn hoá giao thông; kỹ năng giao tiếp, ứng xử; kỹ năng ứng phó với biến đổi khí hậu, phòng - chống thiên tai. Từ đó giáo dục học sinh có ý thức thực hiện pháp luật; xây dựng nếp sống văn minh đô thị, thân thiện, tham gia có hiệu quả các hoạt động bảo vệ môi trường, đảm bảo trật tự an toàn giao thông, phòng chống tội phạm và các tệ nạn xã hội...",
            ),
            section(
                "2.",
                "Nâng cao chất lượng, hiệu quả trong công tác khen thưởng; đẩy mạnh tuyên truyền, phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, các mô hình mới, nhân tố mới",
                "- Tập trung nâng cao chất lượng công tác khen thưởng, đảo bảo kịp thời, chính xác, công khai, công bằng; có tác dụng động viên, giáo dục và nêu gương. Việc khen thưởng phải bám sát kết quả thi đua thực hiện các nhiệm vụ trọng tâm, cấp bách của Ngành, của đơn vị. Thực hiện việc khen thưởng đúng quy trình, đánh giá đúng thành tích chuyên đề, thành tích đột xuất.",
                "- Quan tâm khen thưởng thành tích đột xuất, người tốt - việc tốt, khen thưởng giáo viên và người lao động trực tiếp, người có sáng kiến mang lại hiệu quả cao.",
                "- Đẩy mạnh tuyên truyền các phong trào thi đua yêu nước, tuyên truyền và nhân rộng các gương điển hình tiên tiến với nhiều nội dung, hình thức đa dạng, phong phú. Đổi mới, nâng cao chất lượng hoạt động giao lưu, tọa đàm, gặp mặt và biểu dương, tôn vinh gương điển hình tiên tiến tại các Hội nghị tổng kết, Lễ tuyên dương và trên các phương tiện thông tin đại chúng.",
                "- Nâng cấp Website, công thông tin điện tử, tích cực tuyên truyền các gương điển hình tiên tiến, người tốt - việc tốt, tạo sức lan tỏa trong toàn Ngành.",
            ),
            section(
                "3.",
                "Kiện toàn tổ chức, nâng cao hiệu quả hoạt động của người làm công tác thi đua, khen thưởng; tăng cường chỉ đạo của cấp ủy Đảng và nâng cao hiệu quả công tác quản lý Nhà nước về thi đua, khen thưởng",
                "- Thường xuyên kiện toàn thành phần và đổi mới quy chế hoạt động theo hướng phân công rõ nhiệm vụ và quy định rõ trách nhiệm của từng thành viên nhằm nâng cao hiệu quả hoạt động của Hội đồng Thi đua - Khen thưởng. Kiện toàn và nâng cao chất lượng xét, duyệt của Hội đồng xét sáng kiến, đề tài, đảm bảo lựa chọn được các đề tài, sáng kiến có tính ứng dụng thực tiễn cao.",
                "- Nâng cao chất lượng người làm công tác thi đua khen thưởng các nhà trường, bố trí, sắp xếp người làm công tác thi đua, khen thưởng đảm bảo tính ổn định, có tính kế thừa. Tăng cường công tác tuyên truyền, trao đổi, học hỏi kinh nghiệm đối với người làm công tác thi đua, khen thưởng nhằm nâng cao chất lượng tham mưu thực hiện nhiệm vụ.",
                "- Tiếp tục rà soát, nghiên cứu để góp ý sửa đổi, bổ sung và ban hành mới các quy chế, quy định về công tác thi đua, khen thưởng phù hợp với quy định của Luật Thi đua, Khen thưởng năm 2013, Nghị định số 91/2017/NĐ-CP của Chính phủ, Thông tư 21/2020/TT-BGDĐT của Bộ Giáo dục và Đào tạo, Quyết định số 09/2020/QĐ-UBND ngày 28/4/2020 của UBND thành phố Hà Nội; Quyết định số 4635/QĐ-UBND ngày 26/11/2020 của UBND quận Nam Từ Liêm về việc ban hành Quy định về công tác Thi đua, Khen thưởng trên địa bàn quận Nam Từ Liêm và các văn bản hướng dẫn thi hành. Thực hiện nghiêm túc việc xây dựng quy chế và bình xét thi đua trong nội bộ đơn vị.",
                "- Xây dựng Kế hoạch kiểm tra, giám sát việc tổ chức triển khai phong trào thi đua và thực hiện chính sách, pháp luật về thi đua, khen thưởng. Chú trọng kiểm tra, rà soát việc khen thưởng theo thẩm quyền; việc xét, công nhận các sáng kiến; triển khai các mô hình, giải pháp thi đua; việc giải quyết đơn thư khiếu nại, tố cáo trong lĩnh vực thi đua, khen thưởng.",
                "- Thực hiện ứng dụng công nghệ thông tin trong công tác thi đua, khen thưởng nhằm nâng cao hiệu quả quản lý.",
                "- Thực hiện tốt việc tổ chức đón nhận các danh hiệu thi đua, hình thức khen thưởng theo đúng các quy định, hướng dẫn của Trung ương và Thành phố, Quận đảm bảo trang trọng, tiết kiệm, có ý nghĩa.",
            ),
            style=ROMAN,
        ),
        section(
            "III.",
            "TỔ CHỨC THỰC HIỆN",
            "Các nhà trường xây dựng và triển khai Kế hoạch công tác thi đua, khen thưởng năm 2022, hướng dẫn cán bộ, giáo viên, nhân viên thực hiện kế hoạch hàng năm.",
            "- Chỉ đạo tổ chức các phong trào thi đua trong toàn trường, đề xuất khen thưởng kịp thời tập thể, cá nhân có thành tích theo quy định.",
            "Phòng Giáo dục và Đào tạo đề nghị các nhà trường triển khai thực hiện Kế hoạch và gửi Kế hoạch của đơn vị về Phòng Giáo dục và Đào tạo quận Nam Từ Liêm, địa chỉ email: pgd-namtuliem@hanoiedu.vn **trước ngày 20/01/2022** (không nhận văn bản giấy)./.",
            style=ROMAN,
        ),
    ]


NTL_TIMETABLE_ROWS = [
    ("Quý I - 2022", "Xây dựng Kế hoạch công tác thi đua khen thưởng ngành GDĐT năm 2022", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 01/2022", "2022-01"),
    ("Quý I - 2022", "Hướng dẫn xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2022", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 01/2022", "2022-01"),
    ("Quý I - 2022", "Trình Thành phố xét tặng danh hiệu Chiến sỹ thi đua cấp Thành phố (Đợt 1)", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 03/2022", "2022-03"),
    ("Quý I - 2022", "Thu hồ sơ xét tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” năm 2022", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 03/2022", "2022-03"),
    ("Quý II - 2022", "Hướng dẫn bình xét thi đua cuối năm học; chuẩn bị các nội dung tổ chức lễ Tuyên dương khen thưởng học sinh giỏi tiêu biểu năm học 2021 - 2022.", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 04/2022", "2022-04"),
    ("Quý II - 2022", "Gửi báo cáo tự đánh giá, chấm điểm theo các chỉ tiêu công tác của PGDĐT về SGDĐT.", "Phòng GDĐT Quận", "", "Tháng 05/2022", "2022-05"),
    ("Quý II - 2022", "Họp xét, đề nghị Hội đồng Thi đua - Khen thưởng cấp trên xét tặng: danh hiệu LĐTT, CSTĐ cơ sở, Tập thể LĐTT, Tập thể lao động xuất sắc, Bằng khen, Cờ Thi đua xuất sắc của UBND Thành phố, Bộ GDĐT, Chính phủ đối với các tập thể đạt thành tích xuất sắc trong năm học 2021 - 2022", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 06/2022", "2022-06"),
    ("Quý III - 2022", "Tổ chức Hội nghị Tổng kết năm học 2021 - 2022 khen thưởng các tập thể đạt danh hiệu Tập thể Lao động xuất sắc, nhận Cờ thi đua xuất sắc, Bằng khen của Thành phố. Tổng kết Cuộc thi viết về gương điển hình tiên tiến, “Người tốt, việc tốt” trong phong trào thi đua “Dạy tốt, học tốt”, “Đổi mới, sáng tạo trong dạy và học” năm học 2021 - 2022", "Phòng GDĐT Quận", "Các nhà trường", "Tháng 07/2022", "2022-07"),
    ("Quý IV - 2022", "Tổ chức Lễ kỷ niệm ngày Nhà giáo Việt Nam 20/11 tuyên dương khen thưởng các tập thể và các nhân có thành tích xuất sắc tiêu biểu", "Phòng GDĐT Quận", "Các nhà trường", "Trước ngày 15/11/2022", "2022-11-15"),
]  # fmt: skip


def ntl_timetable() -> Timetable:
    return Timetable(
        rows=[
            TimetableRow(content=c, guide=g, executors=e, due=d, due_iso=iso, group=grp)
            for grp, c, g, e, d, iso in NTL_TIMETABLE_ROWS
        ],
        title="Tiến độ thực hiện các nhiệm vụ trọng tâm công tác thi đua, khen thưởng năm 2022",
        note="(Thời gian có thể thay đổi do diễn biến phức tạp của dịch Covid 19)",
        as_appendix=True,
    )


def long_plan() -> Plan:
    return Plan(
        title="Công tác Thi đua - Khen thưởng Ngành Giáo dục và Đào tạo năm 2022",
        doc_type="KH",
        number=6,
        symbol="KH-PGDĐT",
        place="Nam Từ Liêm",
        date=DocDate(5, 1, 2022),
        governing_body="UBND QUẬN NAM TỪ LIÊM",
        office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        bases=list(NTL_BASES),
        body=_ntl_body(),
        timetable=ntl_timetable(),
        recipients=[
            Recipient("Sở GDĐT Hà Nội"),
            Recipient("UBND quận Nam Từ Liêm"),
            Recipient("Các trường thuộc quận"),
            Recipient("Đ/c Lãnh đạo PGDĐT"),
            Recipient("Lưu: VT"),
        ],
        signatures=[Signer(
            authority="KT.", on_behalf_of="Trưởng phòng", position="Phó Trưởng phòng", name="Nguyễn Thị Hương"
        )],
        state="issued",
    )


def long_timetable_plan(rows: int = 60) -> Plan:
    """The long plan with a timetable long enough to run over several landscape pages."""
    plan = long_plan()
    months = [f"Tháng {m:02d}/2022" for m in range(1, 13)]
    plan.timetable.rows = [
        TimetableRow(
            content=f"Nhiệm vụ số {i + 1}: {NTL_TIMETABLE_ROWS[i % 9][1]}",
            guide="Phòng GDĐT Quận",
            executors="Các nhà trường",
            due=months[(i * 12) // rows],
            group=f"Quý {['I', 'II', 'III', 'IV'][(i * 4) // rows]} - 2022",
        )
        for i in range(rows)
    ]
    return plan


# --- the short plan (Sa Đéc 2022, a draft) -----------------------------------------------------


def short_plan() -> Plan:
    body = [
        section(
            "I.",
            "Mục đích, yêu cầu",  # sentence case on purpose: roman headings print in capitals
            section(
                "1.",
                "Mục đích:",
                "- Đẩy mạnh các phong trào thi đua, tạo khí thế sôi nổi, cổ vũ tinh thần quyết tâm khắc phục khó khăn thực hiện thắng lợi các chỉ tiêu kinh tế - xã hội năm 2022, thiết thực lập thành tích chào mừng các ngày lễ, kỷ niệm lớn trong năm 2022.",
                "- Nâng cao chất lượng công tác khen thưởng, thực hiện tốt Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành.",
            ),
            section(
                "2.",
                "Yêu cầu:",
                "Thành viên phòng Giáo dục và Đào tạo thành phố Sa Đéc triển khai phong trào thi đua yêu nước, đảm bảo thiết thực, hiệu quả và phù hợp với điều kiện phòng, chống dịch Covid – 19 theo nhiệm vụ được phân công.",
            ),
            style=ROMAN,
        ),
        section(
            "II.",
            "MỤC TIÊU",
            "1. Tiếp tục đẩy mạnh việc đổi mới công tác thi đua, khen thưởng theo Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị, Công văn số 792-CV/TU ngày 05/9/2014 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 134/KH-UBND ngày 08/9/2014 của UBND Tỉnh.",
            "2. Tập trung phát động các phong trào thi đua hoàn thành các chỉ tiêu theo Nghị quyết số 55/NQ-HĐND ngày 17 tháng 12 năm 2021 của Hội đồng nhân dân Thành phố về Kế hoạch phát triển kinh tế - xã hội năm 2022 và hoàn thành các chỉ tiêu năm 2022 do Cụm thi đua số 1 của Tỉnh phát động.",
            "3. Đổi mới phương pháp tổ chức các phong trào thi đua theo hướng đột phá, hiệu quả, thông qua việc phát động các phong trào thi đua chuyên đề, đột xuất. Năm 2022, tiếp tục tập trung nâng cao hiệu quả phát động, tổ chức thi đua bám sát vào các nghị quyết, đề án, chương trình trọng tâm của Thành phố.",
            style=ROMAN,
        ),
        section(
            "III.",
            "NỘI DUNG THỰC HIỆN",
            "1. Thi đua xây dựng Đảng, xây dựng hệ thống chính trị, xây dựng bộ máy tổ chức Nhà nước; nâng cao năng lực quản lý nhà nước; đẩy mạnh cải cách hành chính theo hướng công khai, minh bạch, chuyên nghiệp.",
            "2. Thi đua thực hiện hiệu quả mục tiêu kép “*vừa phòng, chống đại dịch Covid-19 vừa phục hồi và phát triển kinh tế - xã hội*”, kiểm soát tốt tình hình dịch Covid-19, giữ vững địa bàn an toàn để giáo viên và học sinh an tâm dạy và học.",
            "3. Thi đua chuyển đổi số, đảm bảo giữ vững và nâng cao chất lượng giáo dục.",
            style=ROMAN,
        ),
        section(
            "IV.",
            "TỔ CHỨC THỰC HIỆN",
            "Từng thành viên phòng Giáo dục và Đào tạo thành phố tổ chức triển khai phong trào thi đua yêu nước, đảm bảo thiết thực, hiệu quả. Khi có khó khăn, vướng mắc, đề xuất thì báo cáo ngay cho Trưởng phòng để được kịp thời giải quyết.",
            "Đề nghị cán bộ, công chức phòng Giáo dục và Đào tạo thành phố tổ chức triển khai, thực hiện tốt Kế hoạch này./.",
            style=ROMAN,
        ),
    ]
    return Plan(
        title="Phát động phong trào thi đua yêu nước năm 2022",
        doc_type="KH",
        number=None,
        symbol="KH-PGDĐT",
        place="Sa Đéc",
        date=DocDate(None, 2, 2022),
        governing_body="UBND THÀNH PHỐ SA ĐÉC",
        office_name="PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
        bases=[
            "Thực hiện kế hoạch số 29/KH-UBND ngày 10 tháng 2 năm 2022 của Ủy ban nhân dân thành phố Phát động phong trào thi đua yêu nước năm 2022, phòng Giáo dục và Đào tạo thành phố Sa Đéc xây dựng Kế hoạch phát động phong trào thi đua yêu nước năm 2022 với các nội dung như sau:"
        ],
        body=body,
        timetable=None,
        recipients=[
            Recipient("UBND Thành phố"),
            Recipient("Phòng Nội vụ"),
            Recipient("Trưởng phòng, các Phó Trưởng phòng"),
            Recipient("Thành viên phòng"),
            Recipient("Lưu: VT"),
        ],
        signatures=[Signer(position="Trưởng phòng", name="Nguyễn Công Hiếu")],
    )


# --- what must be printed ----------------------------------------------------------------------


def printed_paragraphs(plan: Plan) -> list[str]:
    """Every body text in reading order as it must appear on paper (bases, headings with their
    labels, paragraphs with their markers). Roman headings print in capitals."""
    out = [b for b in plan.bases]
    for _depth, block in plan.iter_blocks():
        if isinstance(block, Section):
            title = block.title.upper() if block.style == ROMAN else block.title
            out.append(f"{block.label} {title}".strip())
        else:
            out.append(block.printed_text())
    return out
