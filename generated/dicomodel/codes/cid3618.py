"""CID 3618 Hemodynamic Flow.

Extensible, version 20030327, UID 1.2.840.10008.6.1.168.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3618
NAME: _Final[str] = "Hemodynamic Flow"
KEYWORD: _Final[str | None] = "HemodynamicFlow"
UID: _Final[str | None] = "1.2.840.10008.6.1.168"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PulmonaryFlow: _Final[_Code] = _Code("DCM", "122161", "Pulmonary Flow", (3618,))
"""Pulmonary Flow (DCM 122161)."""

SystemicFlow: _Final[_Code] = _Code("DCM", "122162", "Systemic Flow", (3618,))
"""Systemic Flow (DCM 122162)."""

MEMBERS: _Final[tuple[_Code, ...]] = (PulmonaryFlow, SystemicFlow)
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
