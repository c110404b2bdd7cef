"""CID 4105 Perfusion Analysis Method.

Extensible, version 20141110, UID 1.2.840.10008.6.1.990.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4105
NAME: _Final[str] = "Perfusion Analysis Method"
KEYWORD: _Final[str | None] = "PerfusionAnalysisMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.990"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeastMeanSquareLMSDeconvolution: _Final[_Code] = _Code(
    "DCM", "126310", "Least Mean Square (LMS) deconvolution", (4105,)
)
"""Least Mean Square (LMS) deconvolution (DCM 126310)."""

SingularValueDecompositionSVDDeconvolution: _Final[_Code] = _Code(
    "DCM", "126311", "Singular Value Decomposition (SVD) deconvolution", (4105,)
)
"""Singular Value Decomposition (SVD) deconvolution (DCM 126311)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeastMeanSquareLMSDeconvolution,
    SingularValueDecompositionSVDDeconvolution,
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
