"""CID 3465 QA Reference Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.107.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3465
NAME: _Final[str] = "QA Reference Method"
KEYWORD: _Final[str | None] = "QAReferenceMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.107"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CurveFittedReference: _Final[_Code] = _Code("DCM", "122489", "Curve Fitted Reference", (3465,))
"""Curve Fitted Reference (DCM 122489)."""

InterpolatedLocalReference: _Final[_Code] = _Code(
    "DCM", "122490", "Interpolated Local Reference", (3465,)
)
"""Interpolated Local Reference (DCM 122490)."""

MeanLocalReference: _Final[_Code] = _Code("DCM", "122491", "Mean Local Reference", (3465,))
"""Mean Local Reference (DCM 122491)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CurveFittedReference,
    InterpolatedLocalReference,
    MeanLocalReference,
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
