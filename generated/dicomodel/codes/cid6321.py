"""CID 6321 Prostate Cancer Diagnostic Procedure.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1378.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6321
NAME: _Final[str] = "Prostate Cancer Diagnostic Procedure"
KEYWORD: _Final[str | None] = "ProstateCancerDiagnosticProcedure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1378"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ProstateCancerAntigenMeasurement: _Final[_Code] = _Code(
    "SCT", "63476009", "Prostate Cancer Antigen Measurement", (6321,)
)
"""Prostate Cancer Antigen Measurement (SCT 63476009)."""

DigitalExaminationOfRectum: _Final[_Code] = _Code(
    "SCT", "410006001", "Digital Examination of Rectum", (6321,)
)
"""Digital Examination of Rectum (SCT 410006001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ProstateCancerAntigenMeasurement, DigitalExaminationOfRectum)
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
