"""Coding scheme CD2: CDT-2.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "CD2"
NAME: _Final[str] = "CDT-2"
UID: _Final[str | None] = "2.16.840.1.113883.6.13"
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
