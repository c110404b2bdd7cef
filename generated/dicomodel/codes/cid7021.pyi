"""CID 7021 Measurement Report Document Title.

Extensible, version 20141110, UID 1.2.840.10008.6.1.997.

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
ImagingMeasurementReport: _Final[_groups.Cid7021Code]
OncologyMeasurementReport: _Final[_groups.Cid7021Code]
DynamicContrastMRMeasurementReport: _Final[_groups.Cid7021Code]
PETMeasurementReport: _Final[_groups.Cid7021Code]
MEMBERS: _Final[tuple[_groups.Cid7021Code, ...]]
