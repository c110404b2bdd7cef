"""CID 7021 Measurement Report Document Title.

Extensible, version 20141110, UID 1.2.840.10008.6.1.997.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7021
NAME: _Final[str] = "Measurement Report Document Title"
KEYWORD: _Final[str | None] = "MeasurementReportDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.997"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ImagingMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126000", "Imaging Measurement Report", (7021,)
)
"""Imaging Measurement Report (DCM 126000)."""

OncologyMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126001", "Oncology Measurement Report", (7021,)
)
"""Oncology Measurement Report (DCM 126001)."""

DynamicContrastMRMeasurementReport: _Final[_Code] = _Code(
    "DCM", "126002", "Dynamic Contrast MR Measurement Report", (7021,)
)
"""Dynamic Contrast MR Measurement Report (DCM 126002)."""

PETMeasurementReport: _Final[_Code] = _Code("DCM", "126003", "PET Measurement Report", (7021,))
"""PET Measurement Report (DCM 126003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ImagingMeasurementReport,
    OncologyMeasurementReport,
    DynamicContrastMRMeasurementReport,
    PETMeasurementReport,
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
