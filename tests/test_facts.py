from bot.facts import extract_facts, find_names
from bot.importers import read_path

from conftest import FIXTURES


def seed_facts():
    article = next(read_path(FIXTURES / "seed-article.txt"))
    return extract_facts(article)


def test_the_four_officials_of_the_seed_with_their_roles_completed_from_context():
    roles = {(r["person"], r["role"]) for r in seed_facts()["roles"]}
    assert ("Trương Quốc Lâm", "Bí thư Quận ủy Quận 11") in roles
    assert ("Nguyễn Tăng Minh", "Phó Bí thư Thường trực Quận ủy Quận 11") in roles
    assert ("Nguyễn Trần Bình", "Quyền Chủ tịch UBND Quận 11") in roles
    assert ("Trần Kim Yến", "Chủ tịch Ủy ban MTTQ Việt Nam TPHCM") in roles
    assert ("Trần Kim Yến", "Ủy viên Ban Thường vụ Thành ủy TPHCM") in roles


def test_numbers_with_what_they_count_dates_and_byline():
    facts = seed_facts()
    counted = {(n["value"], n["counts"]) for n in facts["numbers"]}
    assert ("92", "văn bản") in counted and ("188", "Nghị quyết") in counted
    assert any(d["date"] == "ngày 17/8/2016" for d in facts["dates"])
    assert facts["byline"] == "Mỹ Hạnh"


def test_names_are_found_after_roles_and_places_named_after_people_are_not_names():
    assert [n for _, _, n in find_names("Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Đồng Nai Nguyễn Phú Cường phát biểu")] \
        == ["Nguyễn Phú Cường"]
    assert find_names("Người dân TP Hồ Chí Minh và đường Trần Hưng Đạo") == []


def test_every_role_listed_after_a_name_is_found_including_alternate_and_standing_committee_members():
    from bot.facts import roles_after

    sentence = ("HĐND tỉnh Bình Sơn bầu ông Lê Văn Bình, ủy viên dự khuyết Trung ương Đảng, Thường vụ Tỉnh ủy, "
                "Trưởng ban Dân vận Tỉnh ủy giữ chức Chủ tịch UBND tỉnh.")
    ((_, end, name),) = [n for n in find_names(sentence) if n[2] == "Lê Văn Bình"]
    assert roles_after(sentence, end) == ["ủy viên dự khuyết Trung ương Đảng", "Thường vụ Tỉnh ủy",
                                          "Trưởng ban Dân vận Tỉnh ủy", "Chủ tịch UBND tỉnh"]


def test_a_province_whose_name_opens_with_a_family_name_is_no_person():
    # "Hà", "Thái" are family names; "Hà Nội", "Thái Bình" are places, whatever role follows
    sentence = "Năm 2015, ông Mẫn ra Hà Nội làm Phó chủ tịch Ủy ban Trung ương MTTQ, ông Thái Văn Bình ở Thái Bình."
    assert [n for _, _, n in find_names(sentence)] == ["Thái Văn Bình"]


def test_a_role_opening_the_sentence_before_a_comma_is_the_next_names():
    # "Chủ tịch Juventus, Andrea Agnelli ...": the role is his; in a list of "name, role" pairs a
    # role before a comma is the name's before it
    from bot.facts import roles_before

    sentence = "Chủ tịch Juventus, Andrea Agnelli đang nhận sự chỉ trích của UEFA."
    assert roles_before(sentence, sentence.index("Andrea")) == ["Chủ tịch Juventus"]
    listed = "Ông Trần Văn Bình, Chủ tịch UBND tỉnh, Nguyễn Văn Tâm, Phó Chủ tịch UBND tỉnh, dự lễ."
    assert roles_before(listed, listed.index("Nguyễn")) == []


def test_a_bare_title_in_a_list_of_roles_is_of_the_body_the_list_names_next():
    # "Phó Chủ tịch, Tổng thư ký Hội Luật gia Bình Sơn": he is the Hội's deputy head, not any body's
    from bot.articles import Article
    from bot.facts import extract_roles, roles_after, roles_before

    sentence = "Dự có ông Lê Minh Tâm, Phó Bí thư Đảng đoàn, Phó Chủ tịch, Tổng thư ký Hội Luật gia Bình Sơn."
    ((_, end, _),) = find_names(sentence)
    assert roles_after(sentence, end) == ["Phó Bí thư Đảng đoàn", "Phó Chủ tịch Hội Luật gia Bình Sơn",
                                          "Tổng thư ký Hội Luật gia Bình Sơn"]
    before = "Phó Chủ tịch, Tổng thư ký Hội Luật gia Bình Sơn Lê Minh Tâm phát biểu."
    assert roles_before(before, before.index("Lê")) == ["Phó Chủ tịch Hội Luật gia Bình Sơn",
                                                         "Tổng thư ký Hội Luật gia Bình Sơn"]
    article = Article(id="a", title="Đại hội Hội Luật gia", date="2024-03-01", paragraphs=[sentence])
    assert "Phó Chủ tịch Hội Luật gia Bình Sơn" in [r["role"] for r in extract_roles(article)]


def test_the_dot_of_an_abbreviated_city_or_district_ends_no_role():
    # "nguyên Chủ tịch HĐND TP" had been stored and answered: the role stopped at "TP."
    from bot.facts import roles_after

    sentence = "Bà Lê Thị Hoa, nguyên Chủ tịch HĐND TP. Bình Sơn, Bí thư Quận ủy Q. 11 dự lễ."
    ((_, end, _),) = [n for n in find_names(sentence) if n[2] == "Lê Thị Hoa"]
    assert roles_after(sentence, end) == ["nguyên Chủ tịch HĐND TP. Bình Sơn", "Bí thư Quận ủy Q. 11"]


def test_a_bare_title_before_a_name_is_of_the_body_written_after_it():
    # "Chủ tịch Lê Văn Phú của Công ty Sông Xanh" had been the Chủ tịch of any body
    from bot.articles import Article
    from bot.facts import extract_roles

    sentence = "Chủ tịch Lê Văn Phú của Công ty Sông Xanh cho biết doanh thu năm nay tăng."
    article = Article(id="a", title="Doanh nghiệp", date="2024-03-01", paragraphs=[sentence])
    assert [r["role"] for r in extract_roles(article)] == ["Chủ tịch Công ty Sông Xanh"]


def test_a_family_name_before_a_word_no_vietnamese_name_has_opens_no_name():
    # "La Liga" (a league) and "Âu Charles Michel" of "châu Âu Charles Michel" had been people
    sentence = "Tôi không chắc Chủ tịch La Liga sẽ làm thế, ông nói với Chủ tịch Hội đồng châu Âu Charles Michel."
    assert [n for _, _, n in find_names(sentence)] == []


def test_the_head_of_a_ward_is_of_the_hospital_the_article_names_most():
    # "Trưởng khoa Tai Mũi Họng" and no more had answered for no hospital at all
    from bot.articles import Article
    from bot.facts import extract_roles

    article = Article(id="a", title="Cứu sống bé trai nuốt đồng xu", date="2024-03-01", paragraphs=[
        "Bé trai 4 tuổi được đưa vào Bệnh viện Nhi Sông Lam trong tình trạng khó thở.",
        "Bệnh viện Nhi Sông Lam đã nội soi gắp đồng xu ra ngoài, sau khi bé được chuyển từ Bệnh viện Phụ sản tỉnh.",
        "BS Lê Văn Tâm, Trưởng khoa Hồi sức tích cực cho biết bé đã bình phục."])
    assert [r["role"] for r in extract_roles(article)] == ["Trưởng khoa Hồi sức tích cực Bệnh viện Nhi Sông Lam"]


def test_a_ward_is_left_as_written_where_no_hospital_is_named_more_than_another():
    from bot.articles import Article
    from bot.facts import extract_roles

    article = Article(id="a", title="Hội chẩn liên viện", date="2024-03-01", paragraphs=[
        "Bệnh viện Sông Lam và Bệnh viện Bình Sơn đã hội chẩn cho bệnh nhân.",
        "BS Lê Văn Tâm, Trưởng khoa Hồi sức tích cực cho biết bệnh nhân đã qua cơn nguy kịch."])
    assert [r["role"] for r in extract_roles(article)] == ["Trưởng khoa Hồi sức tích cực"]


def test_roles_in_brackets_after_a_name_and_the_role_taken_after_them():
    # "PGS,TS. X (Viện trưởng Viện ...) trình bày" had given X no role
    from bot.facts import find_names, roles_around
    sentence = ("PGS,TS. Trần Thị Thu Hà (Viện trưởng Viện Sông Lam, Học viện Sông Xanh) và TS. Lê Văn Tâm "
                "(nguyên Quyền Giám đốc Học viện Sông Xanh) trình bày tham luận. Ông Phạm Văn Bình (Bí thư "
                "Huyện ủy Sông Xanh) được điều động giữ chức Trưởng ban Tổ chức Tỉnh ủy.")
    found = {name: roles_around(sentence, s, e) for s, e, name in find_names(sentence)}
    assert found == {"Trần Thị Thu Hà": ("Viện trưởng Viện Sông Lam",),
                     "Lê Văn Tâm": ("nguyên Quyền Giám đốc Học viện Sông Xanh",),
                     "Phạm Văn Bình": ("Bí thư Huyện ủy Sông Xanh", "Trưởng ban Tổ chức Tỉnh ủy")}


def test_a_form_of_address_is_a_word_of_its_own():
    # the "ông" ending "không", "thông" was read as "ông": "Việt Nam" of "Cục Hàng không Việt
    # Nam" became a person, and a role was cut before it ("Bộ trưởng Giao th")
    from bot.facts import roles_around
    sentence = "Cục Hàng không Việt Nam cho biết, Bộ trưởng Giao thông Lê Văn Hà đã đến thăm tỉnh Bình Sơn."
    found = {name: roles_around(sentence, s, e) for s, e, name in find_names(sentence)}
    assert found == {"Lê Văn Hà": ("Bộ trưởng Giao thông",)}
