"""CID 3040 EEG Annotation - Neurological Monitoring Measurement.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1338.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3040
NAME: _Final[str] = "EEG Annotation - Neurological Monitoring Measurement"
KEYWORD: _Final[str | None] = "EEGAnnotationNeurologicalMonitoringMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.1338"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CircumHead: _Final[_Code] = _Code("MDC", "2:22784", "Circum head", (3040,))
"""Circum head (MDC 2:22784)."""

Arousal: _Final[_Code] = _Code("MDC", "2:22952", "Arousal", (3040,))
"""Arousal (MDC 2:22952)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CircumHead, Arousal)
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
