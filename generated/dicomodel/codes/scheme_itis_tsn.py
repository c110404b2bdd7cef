"""Coding scheme ITIS_TSN: ITIS TSN.

3 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "ITIS_TSN"
NAME: _Final[str] = "ITIS TSN"
UID: _Final[str | None] = "1.2.840.10008.2.16.7"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

PeromyscusLeucopus: _Final[_Code] = _Code("ITIS_TSN", "180278", "Peromyscus leucopus", (7454,))
"""Peromyscus leucopus (ITIS_TSN 180278)."""

PeromyscusManiculatus: _Final[_Code] = _Code(
    "ITIS_TSN", "180276", "Peromyscus maniculatus", (7454,)
)
"""Peromyscus maniculatus (ITIS_TSN 180276)."""

SigmodonGenus: _Final[_Code] = _Code("ITIS_TSN", "180346", "Sigmodon genus", (7454,))
"""Sigmodon genus (ITIS_TSN 180346)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PeromyscusLeucopus, PeromyscusManiculatus, SigmodonGenus)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
