import ArgumentParser
import Foundation
import XuexiCore
import XuexiModel
import XuexiStore
import XuexiStorePostgres

/// `xuexi-dash admin grant ROLE --org CODE` / `admin revoke ROLE`: PostgreSQL roles that
/// see and acknowledge only one org's subtree, enforced by the database's row-level
/// security, so psql shows them no more than xuexi-dash does.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "PostgreSQL roles and their scopes / PostgreSQL 角色与可见范围",
        subcommands: [Grant.self, Revoke.self])

    struct Grant: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "grant",
            abstract: "Limit a role to one org's subtree (creating it) / 授权角色只看某单位及其下级",
            discussion: """
                Creates the PostgreSQL role (LOGIN) when it does not exist and limits it to the org \
                CODE and everything below it: orgs, learners, points, figures, alerts. It may \
                acknowledge and snooze those alerts. A role granted the top org may also import. \
                Run it as the role that created the store. See README, "PostgreSQL".
                """)

        @OptionGroup var global: GlobalOptions
        @Argument(help: "PostgreSQL role name (lower-case letters, digits, _)") var role: String
        @Option(help: "Org code whose subtree the role sees") var org: String
        @Option(help: "Also set the role's password (else pg_hba.conf decides how it logs in)") var password: String?

        func run() throws {
            let language = global.language
            try AdminCommand.checkPostgres(global, role: role)
            do {
                let granted = try RoleGrants.grant(url: global.storePath, role: role, orgCode: org, password: password)
                print(
                    StringTable.text(
                        CLIText.adminGranted, language, granted.role, granted.orgName, granted.orgCode,
                        granted.units, granted.learners))
            } catch {
                printError(ErrorMessage.text(for: error, language: language))
                throw ExitCode(error is UnknownOrganization ? 2 : 3)
            }
        }
    }

    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke", abstract: "Take a role's access away / 收回角色的访问权限")

        @OptionGroup var global: GlobalOptions
        @Argument(help: "PostgreSQL role name") var role: String

        func run() throws {
            let language = global.language
            try AdminCommand.checkPostgres(global, role: role)
            do {
                guard try RoleGrants.revoke(url: global.storePath, role: role) else {
                    printError(StringTable.text(CLIText.adminUnknownRole, language, role))
                    throw ExitCode(2)
                }
                print(StringTable.text(CLIText.adminRevoked, language, role))
            } catch let exit as ExitCode {
                throw exit
            } catch {
                printError(ErrorMessage.text(for: error, language: language))
                throw ExitCode(3)
            }
        }
    }

    /// A PostgreSQL store that exists, and a role name that needs no quoting.
    static func checkPostgres(_ global: GlobalOptions, role: String) throws {
        guard PostgresLocation.isPostgres(global.storePath) else {
            printError(StringTable.text(CLIText.adminNeedsPostgres, global.language))
            throw ExitCode(2)
        }
        guard RoleGrants.isValidRole(role) else {
            printError(StringTable.text(CLIText.adminBadRole, global.language, role))
            throw ExitCode(2)
        }
        _ = try global.openStore()
    }
}
