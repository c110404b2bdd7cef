"""CID 12205 Echocardiography Left Atrium Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.598.
Includes CID 12220.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LeftAtriumAnteroPosteriorSystolicDimension: _Final[_groups.Cid12205Code]
LeftAtriumToAorticRootRatio: _Final[_groups.Cid12205Code]
LeftAtrialAppendagePeakVelocity: _Final[_groups.Cid12205Code]
LeftAtriumAreaA4CView: _Final[_groups.Cid12205Code]
LeftAtriumSystolicVolume: _Final[_groups.Cid12205Code]
HeartRate: _Final[_groups.Cid12205Code]
MEMBERS: _Final[tuple[_groups.Cid12205Code, ...]]
