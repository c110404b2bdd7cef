"""CID 9533 Delivery Time Structure.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1243.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9533
NAME: _Final[str] = "Delivery Time Structure"
KEYWORD: _Final[str | None] = "DeliveryTimeStructure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1243"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SingleFraction: _Final[_Code] = _Code("DCM", "130096", "Single Fraction", (9533,))
"""Single Fraction (DCM 130096)."""

StandardFractionation: _Final[_Code] = _Code("DCM", "130097", "Standard Fractionation", (9533,))
"""Standard Fractionation (DCM 130097)."""

HypoFractionation: _Final[_Code] = _Code("DCM", "130098", "Hypo-fractionation", (9533,))
"""Hypo-fractionation (DCM 130098)."""

HyperFractionation: _Final[_Code] = _Code("DCM", "130099", "Hyper-fractionation", (9533,))
"""Hyper-fractionation (DCM 130099)."""

ContinuousTemporary: _Final[_Code] = _Code("DCM", "130100", "Continuous Temporary", (9533,))
"""Continuous Temporary (DCM 130100)."""

ContinuousPermanent: _Final[_Code] = _Code("DCM", "130101", "Continuous Permanent", (9533,))
"""Continuous Permanent (DCM 130101)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SingleFraction,
    StandardFractionation,
    HypoFractionation,
    HyperFractionation,
    ContinuousTemporary,
    ContinuousPermanent,
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
