"""CID 63 Imaging Agent Administration Mode.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1253.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 63
NAME: _Final[str] = "Imaging Agent Administration Mode"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.1253"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AutomatedAdministration: _Final[_Code] = _Code("DCM", "130173", "Automated Administration", (63,))
"""Automated Administration (DCM 130173)."""

ManualAdministration: _Final[_Code] = _Code("DCM", "130174", "Manual Administration", (63,))
"""Manual Administration (DCM 130174)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AutomatedAdministration, ManualAdministration)
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
