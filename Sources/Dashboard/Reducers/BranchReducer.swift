import XuexiCore
import XuexiModel

/// The branch review: Tab or ←/→ between members and inactive members, sorting and
/// filtering the members, Enter for a learner's detail.
enum BranchReducer {
    static func perform(
        _ state: inout DashboardState, _ branch: inout BranchState, _ action: DashboardAction,
        _ context: ReducerContext
    ) -> Reaction {
        switch action {
        case .nextPane, .previousPane, .collapseOrLeft, .expandOrRight:
            branch.focus = branch.focus == .members ? .inactive : .members
            return .redraw
        default:
            break
        }
        switch branch.focus {
        case .members: return performInMembers(&state, &branch, action, context)
        case .inactive: return performInInactive(&state, &branch, action, context)
        }
    }

    private static func performInMembers(
        _ state: inout DashboardState, _ branch: inout BranchState, _ action: DashboardAction,
        _ context: ReducerContext
    ) -> Reaction {
        let members = context.view.branch?.members.value ?? []
        let ids = members.map(\.days.learnerId)
        if let moved = ListMovement.move(
            action, ids: ids, selection: &branch.members, viewport: context.layout.members.viewport)
        {
            return moved
        }
        let text = state.text
        switch action {
        case .open:
            guard let index = branch.members.resolve(in: ids) else { return .ignored }
            let member = members[index].days
            state.routes.append(
                .learner(LearnerDetailState(learnerId: member.learnerId, name: member.name, orgCode: nil)))
            return .redraw
        case .nextSort:
            branch.memberSort = branch.memberSort.next
            branch.memberAscending = branch.memberSort == .name
            return .redraw(.toast(text(DashText.toastSort, text(DashText.memberSort(branch.memberSort))), .info))
        case .reverseSort:
            branch.memberAscending.toggle()
            return .redraw
        case .cycleFilter:
            branch.memberFilter = branch.memberFilter.next
            return .redraw
        default:
            return .ignored
        }
    }

    private static func performInInactive(
        _ state: inout DashboardState, _ branch: inout BranchState, _ action: DashboardAction,
        _ context: ReducerContext
    ) -> Reaction {
        let list = context.view.branch?.inactive.value ?? []
        let ids = list.map(\.learnerId)
        if let moved = ListMovement.move(
            action, ids: ids, selection: &branch.inactive, viewport: context.layout.inactive.viewport)
        {
            return moved
        }
        guard action == .open, let index = branch.inactive.resolve(in: ids) else { return .ignored }
        let learner = list[index]
        state.routes.append(
            .learner(LearnerDetailState(learnerId: learner.learnerId, name: learner.name, orgCode: learner.orgCode)))
        return .redraw
    }
}
