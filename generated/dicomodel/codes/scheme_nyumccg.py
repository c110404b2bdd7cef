"""Coding scheme NYUMCCG: New York University Melanoma Clinical Cooperative Group.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "NYUMCCG"
NAME: _Final[str] = "New York University Melanoma Clinical Cooperative Group"
UID: _Final[str | None] = "1.2.840.10008.2.16.11"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

MEMBERS: _Final[tuple[_Code, ...]] = ()
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
