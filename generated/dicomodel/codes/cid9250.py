"""CID 9250 Scheduled Processing Parameter Concept Codes for RT Treatment.

Extensible, version 20170413, UID 1.2.840.10008.6.1.971.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9250
NAME: _Final[str] = "Scheduled Processing Parameter Concept Codes for RT Treatment"
KEYWORD: _Final[str | None] = "ScheduledProcessingParameterConceptCodesForRTTreatment"
UID: _Final[str | None] = "1.2.840.10008.6.1.971"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TreatmentDeliveryType: _Final[_Code] = _Code("DCM", "121740", "Treatment Delivery Type", (9250,))
"""Treatment Delivery Type (DCM 121740)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TreatmentDeliveryType,)
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
