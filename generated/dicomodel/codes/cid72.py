"""CID 72 Imaging Agent Administration Step Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1262.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 72
NAME: _Final[str] = "Imaging Agent Administration Step Type"
KEYWORD: _Final[str | None] = "ImagingAgentAdministrationStepType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1262"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PatencyTestInjection: _Final[_Code] = _Code("DCM", "130247", "Patency Test Injection", (72,))
"""Patency Test Injection (DCM 130247)."""

TransitTimeTestInjection: _Final[_Code] = _Code(
    "DCM", "130248", "Transit Time Test Injection", (72,)
)
"""Transit Time Test Injection (DCM 130248)."""

DiagnosticAdministration: _Final[_Code] = _Code("DCM", "130249", "Diagnostic Administration", (72,))
"""Diagnostic Administration (DCM 130249)."""

FlushAdministration: _Final[_Code] = _Code("DCM", "130251", "Flush Administration", (72,))
"""Flush Administration (DCM 130251)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PatencyTestInjection,
    TransitTimeTestInjection,
    DiagnosticAdministration,
    FlushAdministration,
)
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
