"""CID 619 Airway Management Sub-Method Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1084.
Includes CID 620.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 619
NAME: _Final[str] = "Airway Management Sub-Method Code Type for Small Animal Anesthesia"
KEYWORD: _Final[str | None] = "AirwayManagementSubMethodCodeTypeForSmallAnimalAnesthesia"
UID: _Final[str | None] = "1.2.840.10008.6.1.1084"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (620,)
EXTERNAL_SCHEME: _Final[str | None] = None

InverseRatioVentilation: _Final[_Code] = _Code(
    "UMLS", "C2223982", "Inverse ratio ventilation", (620,)
)
"""Inverse ratio ventilation (UMLS C2223982). Included from CID 620."""

HighFrequencyVentilation: _Final[_Code] = _Code(
    "SCT", "243154003", "High frequency ventilation", (620,)
)
"""High frequency ventilation (SCT 243154003). Included from CID 620."""

TranstrachealJetVentilation: _Final[_Code] = _Code(
    "SCT", "448442005", "Transtracheal jet ventilation", (620,)
)
"""Transtracheal jet ventilation (SCT 448442005). Included from CID 620."""

ContinuousFlowApneicVentilation: _Final[_Code] = _Code(
    "SCT", "1260411001", "Continuous flow apneic ventilation", (620,)
)
"""Continuous flow apneic ventilation (SCT 1260411001). Included from CID 620."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    InverseRatioVentilation,
    HighFrequencyVentilation,
    TranstrachealJetVentilation,
    ContinuousFlowApneicVentilation,
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
