"""MR Spectroscopy Data Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.data_representation import (
        DataRepresentationValue as _DataRepresentationValue,
    )
    from dicomodel.enums.signal_domain_columns import (
        SignalDomainColumnsValue as _SignalDomainColumnsValue,
    )
    from dicomodel.enums.signal_domain_rows import SignalDomainRowsValue as _SignalDomainRowsValue
else:
    from dicomodel.lazy import Lazy

    _DataRepresentationValue = Lazy(
        "dicomodel.enums.data_representation", "DataRepresentationValue"
    )
    _SignalDomainColumnsValue = Lazy(
        "dicomodel.enums.signal_domain_columns", "SignalDomainColumnsValue"
    )
    _SignalDomainRowsValue = Lazy("dicomodel.enums.signal_domain_rows", "SignalDomainRowsValue")

if TYPE_CHECKING:
    from dicomodel.enums.data_representation import DataRepresentation as DataRepresentation
    from dicomodel.enums.signal_domain_columns import SignalDomainColumns as SignalDomainColumns
    from dicomodel.enums.signal_domain_rows import SignalDomainRows as SignalDomainRows

__all__ = [
    "DataRepresentation",
    "MRSpectroscopyDataModule",
    "SignalDomainColumns",
    "SignalDomainRows",
]


class MRSpectroscopyDataModule(DicomModel):
    """MR Spectroscopy Data Module Attributes (PS3.3 Table C.8-106)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy Data"
    dicom_table: ClassVar[str] = "table_C.8-106"

    Rows: Annotated[vr.US, Attribute(0x00280010, "US", "1", "1", name="Rows")]
    """Rows (0028,0010): Type 1, VR US, VM 1. Number of voxels in the vertical direction in the frame."""

    Columns: Annotated[vr.US, Attribute(0x00280011, "US", "1", "1", name="Columns")]
    """Columns (0028,0011): Type 1, VR US, VM 1. Number of voxels in the horizontal direction in the frame."""

    DataPointRows: Annotated[vr.UL, Attribute(0x00289001, "UL", "1", "1", name="Data Point Rows")]
    """Data Point Rows (0028,9001): Type 1, VR UL, VM 1. Number of rows of data points in spectroscopic data."""

    DataPointColumns: Annotated[
        vr.UL, Attribute(0x00289002, "UL", "1", "1", name="Data Point Columns")
    ]
    """Data Point Columns (0028,9002): Type 1, VR UL, VM 1. Number of columns of data points in spectroscopic data."""

    DataRepresentation: Annotated[
        _DataRepresentationValue,
        Attribute(
            0x00289108,
            "CS",
            "1",
            "1",
            name="Data Representation",
            enumerated=((0, ("COMPLEX", "REAL", "IMAGINARY", "MAGNITUDE")),),
        ),
    ]
    """Data Representation (0028,9108): Type 1, VR CS, VM 1. Data representation of the data points. Each data point shall have the same representation. Enumerated Values: COMPLEX Data is complex pair REAL Data contains only real component IMAGINARY Data contains only imaginary component MAGNITUDE Ma..."""

    SignalDomainColumns: Annotated[
        _SignalDomainColumnsValue,
        Attribute(
            0x00289003,
            "CS",
            "1",
            "1",
            name="Signal Domain Columns",
            enumerated=((0, ("FREQUENCY", "TIME")),),
        ),
    ]
    """Signal Domain Columns (0028,9003): Type 1, VR CS, VM 1. Domain of represented signal in column direction. Enumerated Values: FREQUENCY TIME"""

    SignalDomainRows: Annotated[
        _SignalDomainRowsValue | None,
        Attribute(
            0x00289235,
            "CS",
            "1",
            "1C",
            name="Signal Domain Rows",
            enumerated=((0, ("FREQUENCY", "TIME")),),
            when=("compare", 0x00289001, 1, ">", 1),
        ),
    ] = None
    """Signal Domain Rows (0028,9235): Type 1C, VR CS, VM 1. Required if Data Point Rows (0028,9001) has a value of more than 1. Domain of represented signal in row direction. Enumerated Values: FREQUENCY TIME Required if Data Point Rows (0028,9001) has a value of more than 1."""

    FirstOrderPhaseCorrectionAngle: Annotated[
        vr.OF | None,
        Attribute(
            0x56000010,
            "OF",
            "1",
            "1C",
            name="First Order Phase Correction Angle",
            when=("value", 0x00189198, 0, "in", ("YES",)),
        ),
    ] = None
    """First Order Phase Correction Angle (5600,0010): Type 1C, VR OF, VM 1. Required if First Order Phase Correction (0018,9198) equals YES. First Order Phase Correction Angle. Number of values is determined by Row*Column*Number of Frames. Required if First Order Phase Correction (0018,9198) equals YES."""

    SpectroscopyData: Annotated[
        vr.OF, Attribute(0x56000020, "OF", "1", "1", name="Spectroscopy Data")
    ]
    """Spectroscopy Data (5600,0020): Type 1, VR OF, VM 1. A data stream of the signal intensities that comprise the spectroscopic data. See Section C.8.14.4.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DataRepresentation": ("dicomodel.enums.data_representation", "DataRepresentation"),
    "SignalDomainColumns": ("dicomodel.enums.signal_domain_columns", "SignalDomainColumns"),
    "SignalDomainRows": ("dicomodel.enums.signal_domain_rows", "SignalDomainRows"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
