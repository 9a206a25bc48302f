"""Documents an article tells of twice, once in short: the short tellings left out."""

from __future__ import annotations

from extract.agreement_words import signing_words
from extract.text import tokenize
from extract.types import Agreement

# The word a name made of the two signing parties opens with ('Biên bản ghi nhớ giữa A và B').
_BETWEEN = "giữa"
_ABOUT = "về"  # '… giữa A và B về du lịch' tells what it is about as well
# Words a short telling of a name leaves out ('Bản ghi nhớ thiết lập …' for 'Bản ghi nhớ về việc
# thiết lập …').
_DROPPED_IN_SHORT = frozenset({"về", "việc"})


def without_summaries(agreements: list[Agreement]) -> list[Agreement]:
    """The documents without another telling of one named in full: a summary's in lower case,
    on whatever day it was given ('ký thỏa thuận liên kết đào tạo …' in the lead, before
    'Thỏa thuận hợp tác đào tạo liên kết 2+2 …' by its name); on the same day, the name cut
    short (the lead's 'Biên bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị' before the body's
    name in full) or the document's word alone ('Bản ghi nhớ được ký giữa …' after 'đã ký bản
    ghi nhớ thiết lập cơ chế …'); of documents only discussed, a name whose words the fuller
    name of another holds ('Đề án Khu hợp tác kinh tế qua biên giới' after 'Đề án xây dựng Khu
    hợp tác kinh tế qua biên giới Móng Cái - Đông Hưng'); on the same day, a name made of the
    signing parties alone (a caption's 'Lễ ký Biên bản ghi nhớ giữa Sở Công Thương … và Sở
    Thương mại …') after the name of what the document is about ('Biên bản ghi nhớ về xúc tiến
    thương mại …')."""

    def told_again(n: int, a: Agreement) -> bool:
        if not a.signed:
            return any(
                _inside(a, b)
                for m, b in enumerate(agreements)
                if m != n and not b.signed and b.kind == a.kind
            )
        others = [
            b
            for m, b in enumerate(agreements)
            if m != n and b.signed and b.kind == a.kind and not _bare(b)
        ]
        same_day = [b for b in others if b.date == a.date]
        if _bare(a):
            return bool(same_day)
        if any(_shortened(a, b) for b in same_day):
            return True
        if _by_its_parties(a) and any(_by_its_subject(b) for b in same_day):
            return True
        # a summary in lower case may take another day (the lead's, a caption's) than the name
        return a.name[:1].islower() and any(b.name[:1].isupper() for b in others)

    return [a for n, a in enumerate(agreements) if not told_again(n, a)]


def _shortened(short: Agreement, full: Agreement) -> bool:
    """The first name is the second cut short: its words open the fuller one, 'về việc' aside
    ('Bản ghi nhớ thiết lập quan hệ hợp tác hữu nghị' in the lead, 'Biên bản ghi nhớ về việc
    thiết lập quan hệ hợp tác hữu nghị giữa thành phố …' in the body)."""
    words, fuller = _name_words(short.name), _name_words(full.name)
    return len(words) < len(fuller) and fuller[: len(words)] == words


def _inside(short: Agreement, full: Agreement) -> bool:
    """The first name's words run, in order and together, inside the fuller second one ('Đề án
    Khu hợp tác kinh tế qua biên giới' in 'Đề án xây dựng Khu hợp tác kinh tế qua biên giới Móng
    Cái - Đông Hưng')."""
    words, fuller = _name_words(short.name), _name_words(full.name)
    return 0 < len(words) < len(fuller) and any(
        fuller[k : k + len(words)] == words for k in range(len(fuller) - len(words) + 1)
    )


def _by_its_parties(agreement: Agreement) -> bool:
    """'Biên bản ghi nhớ giữa Sở Công Thương tỉnh A và Sở Thương mại tỉnh B': a name telling
    only who signed it, not what it is about."""
    words = _name_words(agreement.name)
    about = _ABOUT in (t.key for t in tokenize(agreement.name))
    return bool(words) and words[0] == _BETWEEN and not about


def _by_its_subject(agreement: Agreement) -> bool:
    """'Biên bản ghi nhớ về xúc tiến thương mại và đầu tư …': a name, not a summary in lower
    case, telling what the document is about rather than who signed it."""
    return agreement.name[:1].isupper() and not _by_its_parties(agreement)


def _name_words(name: str) -> list[str]:
    """A name's words after its document's word ('Bản ghi nhớ' or 'Biên bản ghi nhớ'), without
    those a shorter telling drops ('về việc', 'về')."""
    keys = [t.key for t in tokenize(name)]
    word = signing_words().documents.match(keys, 0)
    rest = keys[word[0] :] if word else keys
    return [k for k in rest if k not in _DROPPED_IN_SHORT and any(c.isalnum() for c in k)]


def _bare(agreement: Agreement) -> bool:
    """'Bản ghi nhớ', 'Thỏa thuận khung': a document's word alone, no name."""
    keys = [t.key for t in tokenize(agreement.name)]
    word = signing_words().documents.match(keys, 0)
    return word is not None and word[0] == len(keys)
