"""CID 7050 De-identification Method.

Extensible, version 20170914, UID 1.2.840.10008.6.1.925.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7050
NAME: _Final[str] = "De-identification Method"
KEYWORD: _Final[str | None] = "DeidentificationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.925"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BasicApplicationConfidentialityProfile: _Final[_Code] = _Code(
    "DCM", "113100", "Basic Application Confidentiality Profile", (7050,)
)
"""Basic Application Confidentiality Profile (DCM 113100)."""

CleanPixelDataOption: _Final[_Code] = _Code("DCM", "113101", "Clean Pixel Data Option", (7050,))
"""Clean Pixel Data Option (DCM 113101)."""

CleanRecognizableVisualFeaturesOption: _Final[_Code] = _Code(
    "DCM", "113102", "Clean Recognizable Visual Features Option", (7050,)
)
"""Clean Recognizable Visual Features Option (DCM 113102)."""

CleanGraphicsOption: _Final[_Code] = _Code("DCM", "113103", "Clean Graphics Option", (7050,))
"""Clean Graphics Option (DCM 113103)."""

CleanStructuredContentOption: _Final[_Code] = _Code(
    "DCM", "113104", "Clean Structured Content Option", (7050,)
)
"""Clean Structured Content Option (DCM 113104)."""

CleanDescriptorsOption: _Final[_Code] = _Code("DCM", "113105", "Clean Descriptors Option", (7050,))
"""Clean Descriptors Option (DCM 113105)."""

RetainLongitudinalTemporalInformationFullDatesOption: _Final[_Code] = _Code(
    "DCM", "113106", "Retain Longitudinal Temporal Information Full Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Full Dates Option (DCM 113106)."""

RetainLongitudinalTemporalInformationModifiedDatesOption: _Final[_Code] = _Code(
    "DCM", "113107", "Retain Longitudinal Temporal Information Modified Dates Option", (7050,)
)
"""Retain Longitudinal Temporal Information Modified Dates Option (DCM 113107)."""

RetainPatientCharacteristicsOption: _Final[_Code] = _Code(
    "DCM", "113108", "Retain Patient Characteristics Option", (7050,)
)
"""Retain Patient Characteristics Option (DCM 113108)."""

RetainDeviceIdentityOption: _Final[_Code] = _Code(
    "DCM", "113109", "Retain Device Identity Option", (7050,)
)
"""Retain Device Identity Option (DCM 113109)."""

RetainUidsOption: _Final[_Code] = _Code("DCM", "113110", "Retain UIDs Option", (7050,))
"""Retain UIDs Option (DCM 113110)."""

RetainSafePrivateOption: _Final[_Code] = _Code(
    "DCM", "113111", "Retain Safe Private Option", (7050,)
)
"""Retain Safe Private Option (DCM 113111)."""

RetainInstitutionIdentityOption: _Final[_Code] = _Code(
    "DCM", "113112", "Retain Institution Identity Option", (7050,)
)
"""Retain Institution Identity Option (DCM 113112)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BasicApplicationConfidentialityProfile,
    CleanPixelDataOption,
    CleanRecognizableVisualFeaturesOption,
    CleanGraphicsOption,
    CleanStructuredContentOption,
    CleanDescriptorsOption,
    RetainLongitudinalTemporalInformationFullDatesOption,
    RetainLongitudinalTemporalInformationModifiedDatesOption,
    RetainPatientCharacteristicsOption,
    RetainDeviceIdentityOption,
    RetainUidsOption,
    RetainSafePrivateOption,
    RetainInstitutionIdentityOption,
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
