"""CID 3502 Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.133.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3502
NAME: _Final[str] = "Hemodynamic Resistance Unit"
KEYWORD: _Final[str | None] = "HemodynamicResistanceUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.133"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20120327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PRU: _Final[_Code] = _Code("UCUM", "[PRU]", "P.R.U.", (3502,))
"""P.R.U. (UCUM [PRU])."""

WoodU: _Final[_Code] = _Code("UCUM", "[wood'U]", "Wood U", (3502,))
"""Wood U (UCUM [wood'U])."""

DynScm5: _Final[_Code] = _Code("UCUM", "dyn.s.cm-5", "dyn.s.cm-5", (3502,))
"""dyn.s.cm-5 (UCUM dyn.s.cm-5)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PRU, WoodU, DynScm5)
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
