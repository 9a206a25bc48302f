"""Whatever way a user writes a province or a person, the bot finds it, asks, or says no —
and never takes a Vietnamese province, or a look-alike, for the one asked about."""

from __future__ import annotations

import unicodedata

import factories as make
import pytest
from sqlalchemy import delete

import db.queries.people
from db.models import Person
from handlers.resolve import (
    PersonChoices,
    PersonFound,
    PersonNotFound,
    ProvinceChoices,
    ProvinceFound,
    ProvinceNotFound,
    VietnameseName,
    resolve_person,
    resolve_province,
)


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("Quảng Đông", "guangdong"),
        (unicodedata.normalize("NFD", "Quảng Đông"), "guangdong"),
        ("quang dong", "guangdong"),
        ("  QUANG   DONG ", "guangdong"),
        ("tỉnh Quảng Đông", "guangdong"),
        ('"Quảng Đông"!', "guangdong"),
        ("Quảng Dông", "guangdong"),
        ("quangdong", "guangdong"),
        ("Guangdong", "guangdong"),
        ("guangdon", "guangdong"),
        ("Quang Dongg", "guangdong"),
        ("广东", "guangdong"),
        ("廣東", "guangdong"),
        ("#guangdong", "guangdong"),
        ("Quang Tay", "guangxi"),
        ("Guangxi", "guangxi"),
        ("Guanxi", "guangxi"),
        ("Khu tự trị dân tộc Choang Quảng Tây", "guangxi"),
        ("khu tu tri quang tay", "guangxi"),
        ("van nam", "yunnan"),
        ("Yunnan", "yunnan"),
        ("hai nam", "hainan"),
        ("Shanxi", "shanxi"),
        ("Shaanxi", "shaanxi"),
        ("Nội Mông", "inner_mongolia"),
        ("#inner_mongolia", "inner_mongolia"),
        ("Trung Quốc", "china"),
        ("Hà Nam (Trung Quốc)", "henan"),
        ("Yunnan province", "yunnan"),
        ("Guangdong Province", "guangdong"),
        ("云南省", "yunnan"),
        ("广东省", "guangdong"),
        ("广西壮族自治区", "guangxi"),
        ("Guangxi Zhuang Autonomous Region", "guangxi"),
        ("Chongqing Municipality", "chongqing"),
        ("重庆市", "chongqing"),
        ("Quảng Tây province", "guangxi"),
        ("Hong Kong SAR", "hong_kong"),
    ],
)
def test_a_province_is_found_however_it_is_written(query, key):
    resolution = resolve_province(query)
    assert isinstance(resolution, ProvinceFound), resolution
    assert resolution.division.key == key
    assert not resolution.also_vietnamese


@pytest.mark.parametrize(
    ("query", "key", "city"),
    [
        ("Nam Ninh", "guangxi", "Nam Ninh"),
        ("Shenzhen", "guangdong", "Shenzhen"),
        ("深圳", "guangdong", "深圳"),
        ("Guangzhou", "guangdong", "Guangzhou"),
        ("广州", "guangdong", "广州"),
        ("Kunming", "yunnan", "Kunming"),
        ("昆明", "yunnan", "昆明"),
        ("Nanning", "guangxi", "Nanning"),
        ("南宁", "guangxi", "南宁"),
        ("Hekou", "yunnan", "Hekou"),
        ("河口", "yunnan", "河口"),
        ("Dongxing", "guangxi", "Dongxing"),
        ("东兴", "guangxi", "东兴"),
        ("Pingxiang", "guangxi", "Pingxiang"),
        ("凭祥", "guangxi", "凭祥"),
        ("xian", "shaanxi", "Xi'an"),
    ],
)
def test_a_city_names_its_province_and_says_so(query, key, city):
    resolution = resolve_province(query)
    assert isinstance(resolution, ProvinceFound), resolution
    assert (resolution.division.key, resolution.city) == (key, city)


@pytest.mark.parametrize(
    ("query", "vietnamese"),
    [
        ("Quảng Ninh", "Quảng Ninh"),
        ("quang nam", "Quảng Nam"),
        ("QUANG NGAI", "Quảng Ngãi"),
        ("tỉnh Lạng Sơn", "Lạng Sơn"),
        ("Cao Bang", "Cao Bằng"),
        ("Quang Nimh", "Quảng Ninh"),
    ],
)
def test_a_vietnamese_province_is_never_taken_for_a_chinese_one(query, vietnamese):
    resolution = resolve_province(query)
    assert isinstance(resolution, VietnameseName), resolution
    assert resolution.province.name == vietnamese
    assert resolution.nearest, "the closest Chinese provinces are offered instead"


@pytest.mark.parametrize(
    ("query", "across"),
    [
        ("Quảng Ninh", ("guangxi",)),
        ("Lạng Sơn", ("guangxi",)),
        ("Cao Bằng", ("guangxi",)),
        ("lao cai", ("yunnan",)),
        ("Hà Giang", ("yunnan",)),
        ("Điện Biên", ("yunnan",)),
        ("Lai Châu", ("yunnan",)),
        ("Lạng Sơnn", ("guangxi",)),
    ],
)
def test_a_border_province_suggests_the_chinese_province_across_the_border(query, across):
    resolution = resolve_province(query)
    assert isinstance(resolution, VietnameseName), resolution
    assert tuple(d.key for d in resolution.nearest) == across


def test_a_province_far_from_the_border_suggests_its_chinese_look_alikes():
    resolution = resolve_province("Quảng Nam")
    assert isinstance(resolution, VietnameseName)
    assert "guangdong" in {d.key for d in resolution.nearest}


def test_ha_nam_answers_about_henan_and_flags_the_vietnamese_province():
    resolution = resolve_province("Hà Nam")
    assert isinstance(resolution, ProvinceFound)
    assert resolution.division.key == "henan"
    assert resolution.also_vietnamese


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("quang", {"guangdong", "guangxi"}),
        ("quang ding", {"guangdong"}),  # one letter from Quảng Đông, two from Quảng Ninh
        ("shanxii", {"shanxi", "shaanxi"}),
    ],
)
def test_a_query_between_names_gets_a_choice(query, expected):
    resolution = resolve_province(query)
    assert isinstance(resolution, ProvinceChoices), resolution
    assert expected <= {d.key for d in resolution.candidates}


@pytest.mark.parametrize("query", ["", "   ", "xyz", "<b>x</b>", "&", "\x00\x07", "#nowhere"])
def test_an_unknown_name_is_not_found(query):
    assert isinstance(resolve_province(query), ProvinceNotFound)


def test_a_huge_query_is_refused_as_too_long():
    assert resolve_province("Quảng Đông " * 400) == ProvinceNotFound(too_long=True)


# --- people ------------------------------------------------------------------------------


@pytest.fixture
def people(session):
    article = make.article(session)
    names = {
        "trung": make.person(session, "Lê Hoài Trung", "VN"),
        "xuan": make.person(session, "Lâm Thiếu Xuân", "CN"),
        "dien": make.person(session, "Nguyễn Hồng Diên", "VN"),
        "dung": make.person(session, "Nguyễn Việt Dũng", "VN"),
    }
    for person in names.values():
        make.role(session, person, article, "Bộ trưởng")
    session.commit()
    return names


@pytest.mark.parametrize(
    ("query", "who"),
    [
        ("Lê Hoài Trung", "trung"),
        (unicodedata.normalize("NFD", "Lê Hoài Trung"), "trung"),
        ("le hoai trung", "trung"),
        ("LE  HOAI TRUNG", "trung"),
        ("lehoaitrung", "trung"),
        ("le hoai trunh", "trung"),
        ("hoai trung", "trung"),
        ("lam thieu xuan", "xuan"),
        ("Nguyen Hong Dien", "dien"),
    ],
)
def test_a_person_is_found_however_the_name_is_written(session, people, query, who):
    assert resolve_person(query, session=session) == PersonFound(people[who].id)


def test_a_person_key_resolves_exactly(session, people):
    assert resolve_person(f"#p{people['xuan'].id}", session=session) == PersonFound(
        people["xuan"].id
    )


def test_a_shared_family_name_gets_a_choice(session, people):
    resolution = resolve_person("Nguyễn", session=session)
    assert isinstance(resolution, PersonChoices)
    assert {p.id for p in resolution.candidates} == {people["dien"].id, people["dung"].id}


@pytest.mark.parametrize("query", ["Tập Cận Bình", "zzz", "<b>", "\x00"])
def test_an_unknown_person_is_not_found(session, people, query):
    assert isinstance(resolve_person(query, session=session), PersonNotFound)


def test_the_people_index_is_not_reloaded_while_the_table_is_unchanged(
    session, people, monkeypatch
):
    resolve_person("le hoai trung", session=session)
    known_up_to = max(p.id for p in people.values())
    loads: list[int] = []
    original = db.queries.people.people_after

    def counting(*, session, after_id):
        loads.append(after_id)
        return original(session=session, after_id=after_id)

    monkeypatch.setattr("handlers.resolve.people_after", counting)
    for _ in range(3):
        assert isinstance(resolve_person("le hoai trung", session=session), PersonFound)
    assert loads == []

    newcomer = make.person(session, "Trương Quốc Trí", "CN")
    session.commit()
    assert resolve_person("truong quoc tri", session=session) == PersonFound(newcomer.id)
    assert loads == [known_up_to], "only the new person is read"


def test_the_people_index_forgets_a_removed_person(session, people):
    assert isinstance(resolve_person("lam thieu xuan", session=session), PersonFound)
    session.execute(delete(Person).where(Person.id == people["xuan"].id))
    session.commit()
    assert isinstance(resolve_person("lam thieu xuan", session=session), PersonNotFound)


def test_a_person_key_beyond_any_id_is_not_found(session, people):
    assert resolve_person("#p99999999999", session=session) == PersonNotFound()
