"""Coding scheme PUBCHEM_CID: PubChem.

1 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "PUBCHEM_CID"
NAME: _Final[str] = "PubChem"
UID: _Final[str | None] = "1.2.840.10008.2.16.9"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

V6Hydroxydopamine: _Final[_Code] = _Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_6Hydroxydopamine: _Final[_Code] = V6Hydroxydopamine

MEMBERS: _Final[tuple[_Code, ...]] = (V6Hydroxydopamine,)
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
