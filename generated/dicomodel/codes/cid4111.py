"""CID 4111 Contrast Characteristic.

Extensible, version 20141110, UID 1.2.840.10008.6.1.996.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4111
NAME: _Final[str] = "Contrast Characteristic"
KEYWORD: _Final[str | None] = "ContrastCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.996"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ContrastLongitudinalRelaxivity: _Final[_Code] = _Code(
    "DCM", "126380", "Contrast Longitudinal Relaxivity", (4111,)
)
"""Contrast Longitudinal Relaxivity (DCM 126380)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ContrastLongitudinalRelaxivity,)
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
