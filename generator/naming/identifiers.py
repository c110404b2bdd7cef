"""Python identifiers for the names of the standard.

Rules (each unit-tested in ``tests/generator/naming``):

IOD classes (:func:`iod_class_name`)
    The IOD name without its trailing ``IOD``, split into words at every character
    that is not a letter or digit (space, ``-``, ``/``...), each word's first letter
    upper-cased and the rest kept as published, joined: ``CT Image IOD`` ->
    ``CTImage``, ``Multi-frame True Color Secondary Capture Image IOD`` ->
    ``MultiFrameTrueColorSecondaryCaptureImage``, ``XA/XRF Grayscale Softcopy
    Presentation State IOD`` -> ``XAXRFGrayscaleSoftcopyPresentationState``.
    A leading number is spelled out in English, the way PS3.6 spells the UID
    keywords (``TwelveLeadECGWaveformStorage``): ``12-Lead ECG IOD`` ->
    ``TwelveLeadECG``, ``3D Foo IOD`` -> ``ThreeDFoo``.

CID modules (:func:`cid_module`)
    ``cid`` and the number: CID 4410 -> ``cid4410``.

Coding scheme modules and attributes (:func:`scheme_module`, :func:`scheme_attribute`)
    The module is ``scheme_`` and the designator in lower case with every character
    other than a letter or digit replaced by ``_`` (``SCT`` -> ``scheme_sct``,
    ``ASTM-sigpurpose`` -> ``scheme_astm_sigpurpose``, ``99SDM`` -> ``scheme_99sdm``).
    The attribute of ``dicomodel.codes`` is the designator as published when it is
    an identifier (``SCT``, ``NCIt``, ``ISO3166_1``, ``mediaType``); otherwise every
    character other than a letter, digit or ``_`` becomes ``_`` (``RFC-3881`` ->
    ``RFC_3881``) and a leading digit gets a leading ``V`` (``99SDM`` -> ``V99SDM``),
    as an enum member does (``MRAcquisitionType.V2D``): a name that starts with ``_``
    is protected in pyright's eyes (``reportPrivateUsage``, issue 15).

Python-safe names (:func:`python_name`)
    A name that is a Python keyword or one of the names a generated module defines
    itself (``reserved``) gets a trailing ``_``
    (``None`` -> ``None_``, ``URI`` in a scheme module -> ``URI_``); a leading digit
    gets a leading ``V``, also where the concept keyword (pydicom's spelling) has a
    leading ``_`` (``_14Carbon`` -> ``V14Carbon``; :func:`old_spelling` gives the
    spelling of earlier builds back). Letters outside ASCII stay (``Canastrão``), NFKC-normalized
    as Python reads identifiers.
"""

from __future__ import annotations

import keyword
import re
import unicodedata
from collections.abc import Collection

from generator.errors import GeneratorError

# What a name that would start with a digit starts with (PS3.16 keywords, schemes).
DIGIT_PREFIX = "V"

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")
_NOT_IDENTIFIER_CHAR = re.compile(r"[^0-9A-Za-z_]")
_LEADING_NUMBER = re.compile(r"^(\d+)(.*)$")
_IOD_SUFFIX = re.compile(r"\s+IOD$")

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


class NamingError(GeneratorError):
    """A name of the standard from which no (unique) Python identifier can be formed."""


def number_words(number: int) -> str:
    """``12`` -> ``"Twelve"``, ``42`` -> ``"FortyTwo"``, ``305`` -> ``"ThreeHundredFive"``."""
    if number < 0 or number >= 1_000_000:
        raise NamingError(f"no English words for the number {number}")
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens - 2] + (_ONES[ones] if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return _ONES[hundreds] + "Hundred" + (number_words(rest) if rest else "")
    thousands, rest = divmod(number, 1000)
    return number_words(thousands) + "Thousand" + (number_words(rest) if rest else "")


def pascal_words(text: str) -> str:
    """Words split at non-alphanumerics, first letters upper-cased, rest kept, joined."""
    return "".join(word[:1].upper() + word[1:] for word in _NOT_ALNUM.split(text) if word)


def iod_class_name(iod_name: str) -> str:
    """``"CT Image IOD"`` -> ``"CTImage"``; ``"12-Lead ECG IOD"`` -> ``"TwelveLeadECG"``."""
    name = pascal_words(_IOD_SUFFIX.sub("", iod_name.strip()))
    leading = _LEADING_NUMBER.match(name)
    if leading:
        rest = leading.group(2)
        name = number_words(int(leading.group(1))) + rest[:1].upper() + rest[1:]
    if not name.isidentifier() or not name.isascii():
        raise NamingError(f"no class name can be formed from the IOD name {iod_name!r}")
    return name


def cid_module(cid: int) -> str:
    """CID 4410 -> ``"cid4410"``."""
    return f"cid{cid}"


def scheme_module(designator: str) -> str:
    """``"SCT"`` -> ``"scheme_sct"``; ``"ASTM-sigpurpose"`` -> ``"scheme_astm_sigpurpose"``."""
    cleaned = _NOT_IDENTIFIER_CHAR.sub("_", designator).lower()
    if not cleaned:
        raise NamingError(f"no module name can be formed from the scheme {designator!r}")
    return f"scheme_{cleaned}"


def scheme_attribute(designator: str) -> str:
    """``"SCT"`` -> ``"SCT"``; ``"RFC-3881"`` -> ``"RFC_3881"``; ``"99SDM"`` -> ``"V99SDM"``."""
    name = _NOT_IDENTIFIER_CHAR.sub("_", designator)
    if name[:1].isdigit():
        name = DIGIT_PREFIX + name
    if not name or not name.isidentifier() or keyword.iskeyword(name):
        raise NamingError(f"no attribute name can be formed from the scheme {designator!r}")
    return name


def python_name(name: str, reserved: Collection[str] = ()) -> str:
    """``name`` made safe to bind at module level: see the module docstring.

    The result is NFKC-normalized, as Python normalizes identifiers in source, so that
    two names are compared as the interpreter will bind them.
    """
    name = unicodedata.normalize("NFKC", name)
    if name[:1] == "_" and name[1:2].isdigit():
        name = name[1:]
    if name[:1].isdigit():
        name = DIGIT_PREFIX + name
    if not name.isidentifier():
        raise NamingError(f"{name!r} is not a Python identifier")
    if keyword.iskeyword(name) or name in reserved:
        name += "_"
    return name


def old_spelling(name: str) -> str | None:
    """The name earlier builds gave a code constant or scheme attribute that starts
    with a digit (``V14Carbon`` -> ``_14Carbon``, pydicom's spelling), kept at run time;
    ``None`` for a name without the prefix."""
    if name[:1] == DIGIT_PREFIX and name[1:2].isdigit():
        return "_" + name[1:]
    return None


def value_suffix(value: str) -> str:
    """A code value as an identifier tail: every character but a letter or digit -> ``_``.

    ``"2:86"`` -> ``"2_86"``, ``"/cm"`` -> ``"_cm"``; one character for one, so that
    two values differing in letters or digits never meet.
    """
    return "".join(char if char.isascii() and char.isalnum() else "_" for char in value)
