"""CID 6158 Correlation to Other Finding.

Extensible, version 20050822, UID 1.2.840.10008.6.1.472.

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
CorrelatesToPhysicalExaminationFindings: _Final[_groups.Cid6158Code]
CorrelatesToMammographyFindings: _Final[_groups.Cid6158Code]
CorrelatesToMRIFindings: _Final[_groups.Cid6158Code]
CorrelatesToUltrasoundFindings: _Final[_groups.Cid6158Code]
CorrelatesToOtherImagingFindings: _Final[_groups.Cid6158Code]
NoCorrelationToOtherImagingFindings: _Final[_groups.Cid6158Code]
NoCorrelationToClinicalFindings: _Final[_groups.Cid6158Code]
MEMBERS: _Final[tuple[_groups.Cid6158Code, ...]]
