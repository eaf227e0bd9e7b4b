"""사업자등록번호 and 법인등록번호: normalising, check digits, formatting (DOMAIN.md 1-3)."""

from __future__ import annotations

from enum import StrEnum

from incubator_app.domain.errors import DomainError

BRN_WEIGHTS = (1, 3, 7, 1, 3, 7, 1, 3, 5)


class EntityType(StrEnum):
    """구분: how a tenant is registered. The values are the words managers type."""

    CORPORATION = "법인"
    INDIVIDUAL = "개인"
    PRE_FOUNDER = "예비"


ENTITY_ALIASES = {
    "법인": EntityType.CORPORATION,
    "corporation": EntityType.CORPORATION,
    "corp": EntityType.CORPORATION,
    "개인": EntityType.INDIVIDUAL,
    "individual": EntityType.INDIVIDUAL,
    "예비": EntityType.PRE_FOUNDER,
    "pre_founder": EntityType.PRE_FOUNDER,
    "pre-founder": EntityType.PRE_FOUNDER,
    "pre": EntityType.PRE_FOUNDER,
}


def parse_entity_type(text: str) -> EntityType:
    """Accept 법인/개인/예비 (or the English words) as typed."""
    found = ENTITY_ALIASES.get(text.strip().lower())
    if found is None:
        raise DomainError("entity_type_unknown", field="type", value=text)
    return found


def without_separators(text: str) -> str:
    """What was typed, less the spaces and hyphens people put in numbers."""
    return text.replace("-", "").replace(" ", "").strip()


def _digits(text: str, length: int, code: str, field: str) -> str:
    cleaned = without_separators(text)
    if len(cleaned) != length or not (cleaned.isascii() and cleaned.isdigit()):
        raise DomainError(code, field=field, value=text)
    return cleaned


def brn_digits(text: str) -> str | None:
    """The ten digits of a BRN typed whole (hyphens or spaces allowed), else None; its
    check digit is not judged here."""
    digits = without_separators(text)
    return digits if len(digits) == 10 and digits.isascii() and digits.isdigit() else None


def brn_check_digit(first_nine: str) -> int:
    """The National Tax Service check digit over the first nine digits."""
    d = [int(c) for c in first_nine]
    total = sum(x * w for x, w in zip(d, BRN_WEIGHTS, strict=True)) + d[8] * 5 // 10
    return (10 - total % 10) % 10


def normalize_brn(text: str, *, check_digit: bool = True) -> str:
    """Ten digits from what was typed; refuses a wrong length or check digit."""
    digits = _digits(text, 10, "brn_format", "brn")
    if check_digit and brn_check_digit(digits[:9]) != int(digits[9]):
        raise DomainError("brn_check_digit", field="brn", value=format_brn(digits))
    return digits


def format_brn(digits: str) -> str:
    """``XXX-XX-XXXXX``."""
    return f"{digits[:3]}-{digits[3:5]}-{digits[5:]}"


def brn_suits(digits: str, entity: EntityType) -> bool:
    """Whether the middle two digits fit the declared type (a warning, not a refusal).

    01-79 and 90-99 are individuals; 81, 85-88 corporations; 82-84 are
    non-profits, public bodies and foreign corporations, none of which contradicts
    법인.
    """
    middle = int(digits[3:5])
    if entity is EntityType.INDIVIDUAL:
        return 1 <= middle <= 79 or 90 <= middle <= 99
    if entity is EntityType.CORPORATION:
        return 81 <= middle <= 88
    return False


def corporation_check_digit(first_twelve: str) -> int:
    """법인등록번호 check digit: weights 1,2,1,2,... over twelve digits."""
    total = sum(int(c) * (1 if i % 2 == 0 else 2) for i, c in enumerate(first_twelve))
    return (10 - total % 10) % 10


def normalize_corporation_number(text: str) -> str:
    """Thirteen digits from what was typed; refuses a wrong length or check digit."""
    digits = _digits(text, 13, "corporation_no_format", "corporation_no")
    if corporation_check_digit(digits[:12]) != int(digits[12]):
        raise DomainError(
            "corporation_no_check_digit",
            field="corporation_no",
            value=format_corporation_number(digits),
        )
    return digits


def format_corporation_number(digits: str) -> str:
    """``XXXXXX-XXXXXXX``."""
    return f"{digits[:6]}-{digits[6:]}"


# Legal-form words that stand before or after a company's own name (상법 and the civil code's
# forms, as companies write them); dropped where space is short so that names stay apart.
LEGAL_FORMS = (
    "주식회사", "유한회사", "유한책임회사", "합자회사", "합명회사", "사단법인", "재단법인",
    "사회적협동조합", "협동조합", "(주)", "㈜", "(유)", "(사)", "(재)",
)  # fmt: skip


def short_company_name(name: str) -> str:
    """The company's own name without its legal form: "주식회사 빛고을랩스" → "빛고을랩스"."""
    short = name.strip()
    for form in LEGAL_FORMS:
        if short.startswith(form) and short[len(form) :].strip():
            short = short[len(form) :].strip()
        elif short.endswith(form) and short[: -len(form)].strip():
            short = short[: -len(form)].strip()
    return short
