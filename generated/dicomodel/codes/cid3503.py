"""CID 3503 Indexed Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.134.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3503
NAME: _Final[str] = "Indexed Hemodynamic Resistance Unit"
KEYWORD: _Final[str | None] = "IndexedHemodynamicResistanceUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.134"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20120327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PRUM2: _Final[_Code] = _Code("UCUM", "[PRU]/m2", "P.R.U./m2", (3503,))
"""P.R.U./m2 (UCUM [PRU]/m2)."""

WoodUM2: _Final[_Code] = _Code("UCUM", "[wood'U]/m2", "Wood U/m2", (3503,))
"""Wood U/m2 (UCUM [wood'U]/m2)."""

DynScm5M2: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5/m2", "dyn.s.cm-5/m2", (3503,))
"""dyn.s.cm-5/m2 (UCUM dyn.s.cm-5/m2)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PRUM2, WoodUM2, DynScm5M2)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
