"""CID 9270 Acquisition Initiation Types.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1469.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9270
NAME: _Final[str] = "Acquisition Initiation Types"
KEYWORD: _Final[str | None] = "AcquisitionInitiationTypes"
UID: _Final[str | None] = "1.2.840.10008.6.1.1469"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AcquisitionInitiationNotDefined: _Final[_Code] = _Code(
    "DCM", "130792", "Acquisition Initiation not defined", (9270,)
)
"""Acquisition Initiation not defined (DCM 130792)."""

AcquisitionInitiationBeforeStartOfRadiation: _Final[_Code] = _Code(
    "DCM", "130793", "Acquisition Initiation before start of Radiation", (9270,)
)
"""Acquisition Initiation before start of Radiation (DCM 130793)."""

AcquisitionInitiationAfterEndOfRadiation: _Final[_Code] = _Code(
    "DCM", "130794", "Acquisition Initiation after end of Radiation", (9270,)
)
"""Acquisition Initiation after end of Radiation (DCM 130794)."""

AcquisitionInitiationByTriggeringParameter: _Final[_Code] = _Code(
    "DCM", "130795", "Acquisition Initiation by triggering parameter", (9270,)
)
"""Acquisition Initiation by triggering parameter (DCM 130795)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcquisitionInitiationNotDefined,
    AcquisitionInitiationBeforeStartOfRadiation,
    AcquisitionInitiationAfterEndOfRadiation,
    AcquisitionInitiationByTriggeringParameter,
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
