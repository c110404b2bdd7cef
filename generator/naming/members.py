"""The one collision rule for the code constants of a CID or coding scheme module.

Each code of a module is named by its concept keyword (PS3.16, CP-850 style, as the
IR computes it: ``ContextGroupMember.keyword`` in a CID module,
``Concept.keyword`` in a scheme module), made safe by
:func:`~generator.naming.identifiers.python_name`. Then:

1. every name that more than one code of the module would get is replaced, for
   each of those codes, by ``<keyword>_<code value>`` with every character of the
   value other than a letter or digit written ``_``
   (:func:`~generator.naming.identifiers.value_suffix`): CID 501 ``Axial`` ->
   ``Axial_24422004`` and ``Axial_399061009``; CID 7181 ``Centimeter`` ->
   ``Centimeter_cm`` and ``Centimeter__cm`` (``/cm``);
2. a code without keyword is named ``<scheme attribute>_<code value>`` the same way;
3. a name that still stands for two codes (two values that differ only in
   punctuation, or a suffixed name equal to another code's keyword) fails the build
   with a :class:`~generator.naming.identifiers.NamingError` naming the module,
   the name and the codes.

A code listed twice keeps the name of its first entry.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from generator.naming.identifiers import (
    NamingError,
    python_name,
    scheme_attribute,
    value_suffix,
)

CodeKey = tuple[str, str]


def _base(code: CodeKey, keyword: str) -> str:
    if keyword:
        return keyword
    return f"{scheme_attribute(code[0])}_{value_suffix(code[1])}"


def member_names(
    entries: Iterable[tuple[CodeKey, str]], *, reserved: Collection[str] = (), where: str
) -> dict[CodeKey, str]:
    """``(scheme, value), keyword`` pairs -> one unique attribute name per code, in order.

    ``where`` names the module in errors (``"CID 501"``, ``"scheme SCT"``).
    """
    keywords: dict[CodeKey, str] = {}
    for code, keyword in entries:
        keywords.setdefault(code, _base(code, keyword))
    plain = {code: python_name(keyword, reserved) for code, keyword in keywords.items()}
    sharing: dict[str, list[CodeKey]] = {}
    for code, name in plain.items():
        sharing.setdefault(name, []).append(code)
    names: dict[CodeKey, str] = {}
    for code, name in plain.items():
        if len(sharing[name]) > 1:
            name = python_name(f"{keywords[code]}_{value_suffix(code[1])}", reserved)
        names[code] = name
    owners: dict[str, list[CodeKey]] = {}
    for code, name in names.items():
        owners.setdefault(name, []).append(code)
    clashes = {name: codes for name, codes in owners.items() if len(codes) > 1}
    if clashes:
        listed = "; ".join(
            f"{name!r} names " + ", ".join(f"({scheme}, {value})" for scheme, value in codes)
            for name, codes in sorted(clashes.items())
        )
        raise NamingError(f"{where}: the collision rule leaves names for two codes: {listed}")
    return names
