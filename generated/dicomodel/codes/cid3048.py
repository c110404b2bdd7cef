"""CID 3048 Waveform Annotations Document Title.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1488.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3048
NAME: _Final[str] = "Waveform Annotations Document Title"
KEYWORD: _Final[str | None] = "WaveformAnnotationsDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1488"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NeurophysiologyRecordingAnnotations: _Final[_Code] = _Code(
    "DCM", "130867", "Neurophysiology Recording Annotations", (3048,)
)
"""Neurophysiology Recording Annotations (DCM 130867)."""

NeurophysiologyPostHocReviewAnnotations: _Final[_Code] = _Code(
    "DCM", "130868", "Neurophysiology Post-hoc Review Annotations", (3048,)
)
"""Neurophysiology Post-hoc Review Annotations (DCM 130868)."""

NeurophysiologyAutomatedAnalysisAnnotations: _Final[_Code] = _Code(
    "DCM", "130869", "Neurophysiology Automated Analysis Annotations", (3048,)
)
"""Neurophysiology Automated Analysis Annotations (DCM 130869)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NeurophysiologyRecordingAnnotations,
    NeurophysiologyPostHocReviewAnnotations,
    NeurophysiologyAutomatedAnalysisAnnotations,
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
