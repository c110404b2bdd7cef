"""A code of a row's context group is typed as one (PS3.3 Table 5.6-1): DCID the group's
codes, BCID any code; an included group's codes are the includer's (PS3.16 7.2.1)."""

from dicomodel import codes
from dicomodel.codes import cid7021
from dicomodel.codes.groups import Cid244Code, Cid7021Code
from dicomodel.coding import Code
from dicomodel.templates import tid1001, tid1002, tid1419, tid1500

title: Cid7021Code = codes.cid7021.ImagingMeasurementReport
same: Cid7021Code = cid7021.ImagingMeasurementReport
by_keyword: Cid7021Code = codes.MeasurementReportDocumentTitle.PETMeasurementReport
included: Cid244Code = codes.cid247.Right  # CID 244 includes CID 247
members: tuple[Cid7021Code, ...] = codes.cid7021.__cid__.members
observer = tid1002.ObserverContext(observer_type=codes.cid270.Person)  # DCID 270
report = tid1500.MeasurementReport(
    concept=title,  # row 1: DCID 7021
    observation_context=tid1001.ObservationContext(observer_context=[observer]),
    procedure_reported=[Code("SCT", "77477000", "CT")],  # row 4: BCID 100, any code
)
site = tid1419.ROIMeasurementsFindingSite(
    value=Code("SCT", "10200004", "Liver"), laterality=codes.cid247.Left
)
# An extension of the extensible CID 7021 (PS3.16 Section 7.2.3), made explicitly:
extended = tid1500.MeasurementReport(
    concept=Cid7021Code("99LOCAL", "1", "Local report"),
    observation_context=tid1001.ObservationContext(),
)
code: Code = report.concept  # a group's code is a Code
