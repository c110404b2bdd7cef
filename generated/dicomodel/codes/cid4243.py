"""CID 4243 Ophthalmic Quality Metric Type.

Extensible, version 20100623, UID 1.2.840.10008.6.1.889.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4243
NAME: _Final[str] = "Ophthalmic Quality Metric Type"
KEYWORD: _Final[str | None] = "OphthalmicQualityMetricType"
UID: _Final[str | None] = "1.2.840.10008.6.1.889"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

StandardDeviationOfMeasurementsUsed: _Final[_Code] = _Code(
    "DCM", "111786", "Standard Deviation of measurements used", (4243,)
)
"""Standard Deviation of measurements used (DCM 111786)."""

SignalToNoiseRatio: _Final[_Code] = _Code("DCM", "111787", "Signal to Noise Ratio", (4243,))
"""Signal to Noise Ratio (DCM 111787)."""

MEMBERS: _Final[tuple[_Code, ...]] = (StandardDeviationOfMeasurementsUsed, SignalToNoiseRatio)
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
