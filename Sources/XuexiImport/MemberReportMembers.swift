import Foundation
import XuexiModel
import XuexiStore

extension Importer {
    /// The learners a member report describes, each with its record: matched by userId where
    /// the file has it, else by name within their department; new ones only when allowed.
    func resolveMembers(
        _ document: MemberReportDocument, departmentFor: [Int: Int64], _ transaction: ImportTransaction,
        problems: inout FileProblems
    ) throws -> [(learner: Learner, member: MemberReportRecord)] {
        var existingByCode: [String: Learner] = [:]
        var existingByOrgAndName: [Int64: [String: [Learner]]] = [:]
        for learner in try transaction.learners(inOrgs: Set(departmentFor.values)) {
            existingByCode[learner.code] = learner
            existingByOrgAndName[learner.orgId, default: [:]][learner.name, default: []].append(learner)
        }
        let tree = transaction.tree
        var members: [(learner: Learner, member: MemberReportRecord)] = []
        var seenCodes: [String: Int] = [:]
        for (index, member) in document.members.enumerated() {
            guard let orgId = departmentFor[index] else { continue }
            let line = member.line ?? index + 1
            let code: String
            if let userId = member.userId {
                code = userId
            } else if let candidates = existingByOrgAndName[orgId]?[member.userName], !candidates.isEmpty {
                guard candidates.count == 1 else {
                    problems.add(
                        line: line, column: "姓名", value: member.userName, ImportText.expectedUnambiguousName,
                        candidates.map(\.code).joined(separator: "、"))
                    continue
                }
                code = candidates[0].code
            } else {
                code = "\(tree.index(ofId: orgId).map { tree.orgs[$0].code } ?? "\(orgId)")-\(member.userName)"
            }
            if let first = seenCodes[code] {
                if member.userId == nil {
                    problems.add(
                        line: line, column: "姓名", value: member.userName, ImportText.expectedUnambiguousName,
                        member.userName)
                } else {
                    problems.add(
                        line: line, column: "userId", value: member.userId, ImportText.expectedUniqueLearner,
                        "\(first)")
                }
                continue
            }
            seenCodes[code] = line
            if transaction.learnerCodes.id(of: code) == nil && !options.createMissing {
                problems.add(
                    line: line, column: "userId", value: member.userId ?? member.userName,
                    ImportText.expectedKnownMember)
                continue
            }
            let old = existingByCode[code]
            members.append(
                (
                    Learner(
                        id: 0, code: code, name: member.userName, orgId: orgId, status: old?.status,
                        phone: old?.phone, mentorCode: old?.mentorCode, registeredOn: old?.registeredOn,
                        activated: member.isActivated), member
                ))
        }
        return members
    }
}
