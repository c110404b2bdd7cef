"""CID 4244 Ophthalmic Agent Concentration Unit.

Extensible, version 20100623, UID 1.2.840.10008.6.1.890.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4244
NAME: _Final[str] = "Ophthalmic Agent Concentration Unit"
KEYWORD: _Final[str | None] = "OphthalmicAgentConcentrationUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.890"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Percent: _Final[_Code] = _Code("UCUM", "%", "Percent", (84, 301, 4244))
"""Percent (UCUM %)."""

mgml: _Final[_Code] = _Code("UCUM", "mg/ml", "mg/ml", (301, 4244))
"""mg/ml (UCUM mg/ml)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Percent, mgml)
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
