import Widgets

/// Where the last frame put things, for mouse clicks and page sizes.
struct FrameFeedback {
    var orgsArea = Rect.zero
    var orgs = ListFeedback()
    var learnersArea = Rect.zero
    var learners = ListFeedback()
    var tabsArea = Rect.zero
    var tabs: Tabs?
    var alertsArea = Rect.zero
    var alerts = ListFeedback()
    var membersArea = Rect.zero
    var members = ListFeedback()
    var inactiveArea = Rect.zero
    var inactive = ListFeedback()
    var searchRows = 0
}
