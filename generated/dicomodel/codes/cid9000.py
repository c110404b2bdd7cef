"""CID 9000 Physical Quantity Descriptor.

Extensible, version 20190326, UID 1.2.840.10008.6.1.1010.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9000
NAME: _Final[str] = "Physical Quantity Descriptor"
KEYWORD: _Final[str | None] = "PhysicalQuantityDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.1010"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Quantity: _Final[_Code] = _Code("SCT", "246205007", "Quantity", (9000,))
"""Quantity (SCT 246205007)."""

Derivation: _Final[_Code] = _Code("DCM", "121401", "Derivation", (9000,))
"""Derivation (DCM 121401)."""

MeasurementMethod: _Final[_Code] = _Code("SCT", "370129005", "Measurement Method", (9000,))
"""Measurement Method (SCT 370129005)."""

FindingSite: _Final[_Code] = _Code("SCT", "363698007", "Finding Site", (9000,))
"""Finding Site (SCT 363698007)."""

Finding: _Final[_Code] = _Code("DCM", "121071", "Finding", (3419, 6053, 7002, 9000))
"""Finding (DCM 121071)."""

ReferenceRegion: _Final[_Code] = _Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970)."""

ModelFittingMethod: _Final[_Code] = _Code("DCM", "113241", "Model fitting method", (9000,))
"""Model fitting method (DCM 113241)."""

SourceImageDiffusionBValue: _Final[_Code] = _Code(
    "DCM", "113240", "Source image diffusion b-value", (7276, 9000)
)
"""Source image diffusion b-value (DCM 113240)."""

EquivalentMeaningOfConceptName: _Final[_Code] = _Code(
    "DCM", "121050", "Equivalent Meaning of Concept Name", (9000,)
)
"""Equivalent Meaning of Concept Name (DCM 121050)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Quantity,
    Derivation,
    MeasurementMethod,
    FindingSite,
    Finding,
    ReferenceRegion,
    ModelFittingMethod,
    SourceImageDiffusionBValue,
    EquivalentMeaningOfConceptName,
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
