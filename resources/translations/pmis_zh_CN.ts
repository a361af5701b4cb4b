<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AdminPages</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Offices</source>
            <translation>组织机构</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
    </context>
    <context>
        <name>AdminTerms</name>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Counter clerk</source>
            <translation>柜台营业员</translation>
        </message>
        <message>
            <source>Meter reading supervisor</source>
            <translation>抄表班长</translation>
        </message>
        <message>
            <source>Office head</source>
            <translation>营业所主任</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>经理</translation>
        </message>
        <message>
            <source>Auditor</source>
            <translation>稽查员</translation>
        </message>
        <message>
            <source>Sign in and use the client</source>
            <translation>登录并使用客户端</translation>
        </message>
        <message>
            <source>View customer files</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>Edit customer contact details</source>
            <translation>修改客户联系方式</translation>
        </message>
        <message>
            <source>View user accounts</source>
            <translation>查看用户账号</translation>
        </message>
        <message>
            <source>Create, change, lock and unlock user accounts</source>
            <translation>新建、修改、锁定和解锁用户账号</translation>
        </message>
        <message>
            <source>View the organisation</source>
            <translation>查看组织机构</translation>
        </message>
        <message>
            <source>Create organisation units</source>
            <translation>新建组织机构单位</translation>
        </message>
        <message>
            <source>Read the audit log</source>
            <translation>查阅审计日志</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Bureau</source>
            <translation>供电局</translation>
        </message>
        <message>
            <source>Business office</source>
            <translation>营业所</translation>
        </message>
        <message>
            <source>Service hall</source>
            <translation>营业厅</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>成功</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>拒绝</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Organisation unit</source>
            <translation>组织机构单位</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Connection check</source>
            <translation>连接检测</translation>
        </message>
        <message>
            <source>Health check</source>
            <translation>健康检查</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <source>Read own account</source>
            <translation>读取本人账号</translation>
        </message>
        <message>
            <source>Change own password</source>
            <translation>修改本人密码</translation>
        </message>
        <message>
            <source>List users</source>
            <translation>查询用户</translation>
        </message>
        <message>
            <source>View user</source>
            <translation>查看用户</translation>
        </message>
        <message>
            <source>Create user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Change user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Lock or unlock user</source>
            <translation>锁定或解锁用户</translation>
        </message>
        <message>
            <source>Lock user</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>List roles</source>
            <translation>查询角色</translation>
        </message>
        <message>
            <source>List the organisation</source>
            <translation>查询组织机构</translation>
        </message>
        <message>
            <source>Create organisation unit</source>
            <translation>新建组织机构单位</translation>
        </message>
        <message>
            <source>Search the audit log</source>
            <translation>查询审计日志</translation>
        </message>
        <message>
            <source>Search customers</source>
            <translation>查询客户</translation>
        </message>
        <message>
            <source>Open customer file</source>
            <translation>查看客户档案</translation>
        </message>
        <message>
            <source>Change customer contact</source>
            <translation>修改客户联系方式</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>工作站</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>请求编号：{0}</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Select a record to see its details.</source>
            <translation>选择一条记录以查看详情。</translation>
        </message>
        <message>
            <source>e.g. admin.</source>
            <translation>例如 admin.</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>&amp;Dates:</source>
            <translation>日期(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>C&amp;lear</source>
            <translation>清除(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>结果(&amp;O)：</translation>
        </message>
        <message>
            <source>&amp;Method starts with:</source>
            <translation>接口前缀(&amp;M)：</translation>
        </message>
        <message>
            <source>&amp;Record type:</source>
            <translation>对象类型(&amp;R)：</translation>
        </message>
        <message>
            <source>Record &amp;id:</source>
            <translation>对象编号(&amp;I)：</translation>
        </message>
        <message>
            <source>user name or its beginning</source>
            <translation>用户名或其开头部分</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Page {page}, {count} records</source>
            <translation>第 {page} 页，{count} 条记录</translation>
        </message>
        <message>
            <source>No records match.</source>
            <translation>没有符合条件的记录。</translation>
        </message>
        <message>
            <source>Request id: {0}</source>
            <translation>请求编号：{0}</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <source>An administrator has set your password. Please choose your own now.</source>
            <translation>您的密码由管理员设置，请现在设置您自己的密码。</translation>
        </message>
        <message>
            <source>Choose a new password.</source>
            <translation>请设置新密码。</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat new password:</source>
            <translation>重复新密码(&amp;R)：</translation>
        </message>
        <message>
            <source>Use at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且包含字母和数字。</translation>
        </message>
        <message>
            <source>The two new passwords differ.</source>
            <translation>两次输入的新密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(not changed by you)</source>
            <translation>（您未修改）</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>While you were editing, someone else saved a change to this customer. Compare their values (now saved) with yours, then re-apply your changes to the current record or cancel yours.</source>
            <translation>在您编辑期间，其他人已保存了对该客户的修改。请对比对方的值（已保存）与您的值，然后将您的修改套用到最新记录上，或放弃您的修改。</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <source>Their value (saved)</source>
            <translation>对方的值（已保存）</translation>
        </message>
        <message>
            <source>Your value</source>
            <translation>您的值</translation>
        </message>
        <message>
            <source>&amp;Reload and re-apply mine</source>
            <translation>重新载入并套用我的修改(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Cancel my changes</source>
            <translation>放弃我的修改(&amp;C)</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>修改联系方式</translation>
        </message>
        <message>
            <source>%1 · account %2</source>
            <translation>%1 · 户号 %2</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何修改。</translation>
        </message>
        <message>
            <source>The record was reloaded. Your changes are applied to the current data: check them and save again.</source>
            <translation>记录已重新载入，您的修改已套用到最新数据上，请核对后再次保存。</translation>
        </message>
    </context>
    <context>
        <name>CustomerFileView</name>
        <message>
            <source>Identity</source>
            <translation>客户信息</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Customer class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Voltage level</source>
            <translation>电压等级</translation>
        </message>
        <message>
            <source>Identity document</source>
            <translation>证件</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>供电单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Customer since</source>
            <translation>立户日期</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>固定电话</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>用电地址</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通信地址</translation>
        </message>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>修改联系方式(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Service points (%1)</source>
            <translation>受电点（%1）</translation>
        </message>
        <message>
            <source>Metering points (%1)</source>
            <translation>计量点（%1）</translation>
        </message>
        <message>
            <source>Meters on site (%1)</source>
            <translation>在装电能表（%1）</translation>
        </message>
        <message>
            <source>Change history (%1)</source>
            <translation>变更记录（%1）</translation>
        </message>
        <message>
            <source>Loading the customer file…</source>
            <translation>正在载入客户档案…</translation>
        </message>
        <message>
            <source>The customer file could not be loaded.</source>
            <translation>无法载入客户档案。</translation>
        </message>
    </context>
    <context>
        <name>CustomerModels</name>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>用电类别</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>供电单位</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>匹配项</translation>
        </message>
        <message>
            <source>Service point</source>
            <translation>受电点</translation>
        </message>
        <message>
            <source>Supply voltage</source>
            <translation>供电电压</translation>
        </message>
        <message>
            <source>Capacity (kVA)</source>
            <translation>容量（kVA）</translation>
        </message>
        <message>
            <source>Transformer area</source>
            <translation>台区</translation>
        </message>
        <message>
            <source>Metering point</source>
            <translation>计量点</translation>
        </message>
        <message>
            <source>Metering mode</source>
            <translation>计量方式</translation>
        </message>
        <message>
            <source>CT ratio</source>
            <translation>电流互感器变比</translation>
        </message>
        <message>
            <source>PT ratio</source>
            <translation>电压互感器变比</translation>
        </message>
        <message>
            <source>Multiplier</source>
            <translation>综合倍率</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>示数类型</translation>
        </message>
        <message>
            <source>Digits</source>
            <translation>位数</translation>
        </message>
        <message>
            <source>Installed</source>
            <translation>装表日期</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>拆表日期</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <source>%1: %2 → %3</source>
            <translation>%1：%2 → %3</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更内容</translation>
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <source>Search</source>
            <translation>查询</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>No server reachable</source>
            <translation>无法连接服务器</translation>
        </message>
        <message>
            <source>No application server could be reached. Check the network and the server list in the settings, then try again.</source>
            <translation>无法连接任何应用服务器。请检查网络及设置中的服务器列表，然后重试。</translation>
        </message>
        <message>
            <source>Server error</source>
            <translation>服务器错误</translation>
        </message>
        <message>
            <source>The server could not complete the request. Please report reference number %1 to the administrator.</source>
            <translation>服务器未能完成请求。请将参考编号 %1 报告给系统管理员。</translation>
        </message>
        <message>
            <source>Session ended</source>
            <translation>会话已结束</translation>
        </message>
        <message>
            <source>Your session has ended. Please log in again.</source>
            <translation>您的会话已结束，请重新登录。</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>无权操作</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>无法执行</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong in the client. Please try again.</source>
            <translation>客户端出现问题，请重试。</translation>
        </message>
        <message>
            <source>Log in again</source>
            <translation>重新登录</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Residential</source>
            <translation>居民生活</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>一般工商业</translation>
        </message>
        <message>
            <source>Large industry</source>
            <translation>大工业</translation>
        </message>
        <message>
            <source>Agriculture</source>
            <translation>农业生产</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Suspended</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>已销户</translation>
        </message>
        <message>
            <source>Account no.</source>
            <translation>户号</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Landline</source>
            <translation>固定电话</translation>
        </message>
        <message>
            <source>Meter serial</source>
            <translation>表号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Resident ID card</source>
            <translation>居民身份证</translation>
        </message>
        <message>
            <source>Business licence</source>
            <translation>营业执照</translation>
        </message>
        <message>
            <source>Passport</source>
            <translation>护照</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>其他证件</translation>
        </message>
        <message>
            <source>HV supply, HV metering</source>
            <translation>高供高计</translation>
        </message>
        <message>
            <source>HV supply, LV metering</source>
            <translation>高供低计</translation>
        </message>
        <message>
            <source>LV supply, LV metering</source>
            <translation>低供低计</translation>
        </message>
        <message>
            <source>Billing</source>
            <translation>计费</translation>
        </message>
        <message>
            <source>Check metering</source>
            <translation>考核</translation>
        </message>
        <message>
            <source>Sub-metering</source>
            <translation>分表</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>总</translation>
        </message>
        <message>
            <source>Peak</source>
            <translation>峰</translation>
        </message>
        <message>
            <source>Flat</source>
            <translation>平</translation>
        </message>
        <message>
            <source>Valley</source>
            <translation>谷</translation>
        </message>
        <message>
            <source>Sharp peak</source>
            <translation>尖峰</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>无功</translation>
        </message>
        <message>
            <source>Demand</source>
            <translation>需量</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Mailing address</source>
            <translation>通信地址</translation>
        </message>
        <message>
            <source>primary</source>
            <translation>主用</translation>
        </message>
        <message>
            <source>standby</source>
            <translation>备用</translation>
        </message>
        <message>
            <source>Contact changed</source>
            <translation>修改联系方式</translation>
        </message>
        <message>
            <source>Machinery manufacturing</source>
            <translation>机械制造</translation>
        </message>
        <message>
            <source>Textiles</source>
            <translation>纺织</translation>
        </message>
        <message>
            <source>Food processing</source>
            <translation>食品加工</translation>
        </message>
        <message>
            <source>Chemicals</source>
            <translation>化工</translation>
        </message>
        <message>
            <source>Building materials</source>
            <translation>建材</translation>
        </message>
        <message>
            <source>Electronics</source>
            <translation>电子</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>商贸</translation>
        </message>
        <message>
            <source>Hotels and catering</source>
            <translation>住宿餐饮</translation>
        </message>
        <message>
            <source>Logistics</source>
            <translation>物流</translation>
        </message>
        <message>
            <source>Pharmaceuticals</source>
            <translation>医药</translation>
        </message>
        <message>
            <source>Single-phase smart meter</source>
            <translation>单相智能电能表</translation>
        </message>
        <message>
            <source>Three-phase smart meter</source>
            <translation>三相智能电能表</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <source>Lock user</source>
            <translation>锁定用户</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Lock the account of {name} ({username})? They can no longer sign in until it is unlocked.</source>
            <translation>确定锁定{name}（{username}）的账号吗？解锁之前该用户无法登录。</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>原因(&amp;R)：</translation>
        </message>
        <message>
            <source>Enter the reason for locking.</source>
            <translation>请填写锁定原因。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>PMIS – Log in</source>
            <translation>电力营销管理信息系统 – 登录</translation>
        </message>
        <message>
            <source>Power Marketing Management Information System</source>
            <translation>电力营销管理信息系统</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Servers:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>登录(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Enter your user name and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <source>Logging in…</source>
            <translation>正在登录…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>PMIS – Power Marketing Management Information System</source>
            <translation>电力营销管理信息系统</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户档案</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>系统管理</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>修改密码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>注销(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <source>New {kind}</source>
            <translation>新建{kind}</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Under:</source>
            <translation>上级单位：</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name}（{kind}）</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>编码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Code: 2 to 16 capital letters or digits.</source>
            <translation>编码：2 至 16 位大写字母或数字。</translation>
        </message>
        <message>
            <source>Enter the name.</source>
            <translation>请填写名称。</translation>
        </message>
    </context>
    <context>
        <name>OfficeTreeModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>OfficesPresenter</name>
        <message>
            <source>{name} ({code}) created.</source>
            <translation>已新建{name}（{code}）。</translation>
        </message>
    </context>
    <context>
        <name>OfficesView</name>
        <message>
            <source>&amp;Add unit under selected…</source>
            <translation>在所选单位下新建(&amp;A)…</translation>
        </message>
        <message>
            <source>Select the unit to add to.</source>
            <translation>请选择上级单位。</translation>
        </message>
        <message>
            <source>Nothing can be added under a service hall.</source>
            <translation>营业厅下不能再设下级单位。</translation>
        </message>
        <message>
            <source>Adds a {kind} under {name}.</source>
            <translation>将在{name}下新建{kind}。</translation>
        </message>
    </context>
    <context>
        <name>PagerBar</name>
        <message>
            <source>&lt; Pre&amp;vious</source>
            <translation>&lt; 上一页(&amp;V)</translation>
        </message>
        <message>
            <source>Ne&amp;xt &gt;</source>
            <translation>下一页(&amp;X) &gt;</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>设置密码</translation>
        </message>
        <message>
            <source>New password for {name} ({username}). They must change it at the next sign-in.</source>
            <translation>为{name}（{username}）设置新密码。该用户下次登录时必须修改密码。</translation>
        </message>
        <message>
            <source>New &amp;password:</source>
            <translation>新密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>PermissionTableModel</name>
        <message>
            <source>Permission</source>
            <translation>权限</translation>
        </message>
        <message>
            <source>Allows</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>RoleTableModel</name>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <source>Permissions</source>
            <translation>权限数</translation>
        </message>
    </context>
    <context>
        <name>RolesView</name>
        <message>
            <source>Roles and their permissions are defined on the server; this list is read-only.</source>
            <translation>角色及其权限由服务器定义，此处仅供查看。</translation>
        </message>
        <message>
            <source>Permissions of the role {role}:</source>
            <translation>角色“{role}”的权限：</translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message>
            <source>&amp;Search:</source>
            <translation>查询(&amp;S)：</translation>
        </message>
        <message>
            <source>Name, account no., phone, address or meter serial</source>
            <translation>户名、户号、电话、地址或表号</translation>
        </message>
        <message>
            <source>&amp;More results</source>
            <translation>更多结果(&amp;M)</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查询…</translation>
        </message>
        <message>
            <source>No customer found.</source>
            <translation>未找到客户。</translation>
        </message>
        <message>
            <source>%1 customers shown, more available.</source>
            <translation>已显示 %1 户，还有更多。</translation>
        </message>
        <message>
            <source>%1 customers found.</source>
            <translation>找到 %1 户。</translation>
        </message>
        <message>
            <source>Type at least one character to search.</source>
            <translation>请输入至少一个字符进行查询。</translation>
        </message>
    </context>
    <context>
        <name>ServerListEditor</name>
        <message>
            <source>Application servers (tried in this order)</source>
            <translation>应用服务器（按此顺序尝试）</translation>
        </message>
        <message>
            <source>host:port</source>
            <translation>主机:端口</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>删除(&amp;M)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Enter a server as host:port, e.g. 10.0.0.5:7610.</source>
            <translation>请按“主机:端口”格式输入服务器，例如 10.0.0.5:7610。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>A new server list is used at the next login.</source>
            <translation>新的服务器列表将在下次登录时生效。</translation>
        </message>
        <message>
            <source>At least one server is needed.</source>
            <translation>至少需要一台服务器。</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Working…</source>
            <translation>正在处理…</translation>
        </message>
        <message>
            <source>%1 (%2) · %3</source>
            <translation>%1（%2）· %3</translation>
        </message>
        <message>
            <source>unknown role</source>
            <translation>角色未知</translation>
        </message>
        <message>
            <source>Server %1 (%2)</source>
            <translation>服务器 %1（%2）</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>RTT %1 ms</source>
            <translation>往返 %1 毫秒</translation>
        </message>
        <message>
            <source>RTT –</source>
            <translation>往返 –</translation>
        </message>
        <message>
            <source>Failover at %1: now served by %2</source>
            <translation>%1 已切换服务器：现由 %2 提供服务</translation>
        </message>
        <message>
            <source>No server reachable</source>
            <translation>无法连接服务器</translation>
        </message>
    </context>
    <context>
        <name>UserDialog</name>
        <message>
            <source>New user</source>
            <translation>新建用户</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>修改用户</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>用户名(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>姓名(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Office:</source>
            <translation>所属单位(&amp;O)：</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Initial &amp;password:</source>
            <translation>初始密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>确认密码(&amp;R)：</translation>
        </message>
        <message>
            <source>At least 8 characters with letters and digits. The user must change it at the first sign-in.</source>
            <translation>至少 8 位，须同时包含字母和数字。用户首次登录时必须修改密码。</translation>
        </message>
        <message>
            <source>Username: 3 to 40 lower-case letters, digits, '.' or '_', starting with a letter.</source>
            <translation>用户名：3 至 40 位小写字母、数字、“.”或“_”，须以字母开头。</translation>
        </message>
        <message>
            <source>Enter the full name.</source>
            <translation>请填写姓名。</translation>
        </message>
        <message>
            <source>Choose an office.</source>
            <translation>请选择所属单位。</translation>
        </message>
        <message>
            <source>Choose at least one role.</source>
            <translation>请至少选择一个角色。</translation>
        </message>
        <message>
            <source>The password needs at least 8 characters with letters and digits.</source>
            <translation>密码至少 8 位，且须同时包含字母和数字。</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>UserTableModel</name>
        <message>
            <source>Username</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>所属单位</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Lock reason</source>
            <translation>锁定原因</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
    </context>
    <context>
        <name>UsersPresenter</name>
        <message>
            <source>User {username} created.</source>
            <translation>已新建用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} saved.</source>
            <translation>已保存用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} locked.</source>
            <translation>已锁定用户 {username}。</translation>
        </message>
        <message>
            <source>User {username} unlocked.</source>
            <translation>已解锁用户 {username}。</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>已为 {username} 设置新密码。</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>Username or name</source>
            <translation>用户名或姓名</translation>
        </message>
        <message>
            <source>All offices</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>Include &amp;locked</source>
            <translation>包括已锁定(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>查询(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>新建用户(&amp;N)…</translation>
        </message>
        <message>
            <source>Offi&amp;ce:</source>
            <translation>单位(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>修改(&amp;E)…</translation>
        </message>
        <message>
            <source>Loc&amp;k…</source>
            <translation>锁定(&amp;K)…</translation>
        </message>
        <message>
            <source>Reset pass&amp;word…</source>
            <translation>重置密码(&amp;W)…</translation>
        </message>
        <message>
            <source>Users {first}-{last} of {total}</source>
            <translation>第 {first}-{last} 个用户，共 {total} 个</translation>
        </message>
        <message>
            <source>No users match.</source>
            <translation>没有符合条件的用户。</translation>
        </message>
        <message>
            <source>Someone else changed this user while you were editing. Your changes were not saved.</source>
            <translation>在您编辑期间，其他人修改了该用户。您的修改未保存。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>The user now reads:
Full name: {name}
Office: {office}
Roles: {roles}</source>
            <translation>该用户当前信息：
姓名：{name}
所属单位：{office}
角色：{roles}</translation>
        </message>
        <message>
            <source>Open the user again to make your change on the current data.</source>
            <translation>请重新打开该用户，在最新数据上再次修改。</translation>
        </message>
        <message>
            <source>Changed by someone else</source>
            <translation>记录已被他人修改</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>没有任何修改。</translation>
        </message>
        <message>
            <source>Unlock the account of {name} ({username})? They can sign in again.</source>
            <translation>确定解锁{name}（{username}）的账号吗？解锁后该用户可以再次登录。</translation>
        </message>
        <message>
            <source>Unlock user</source>
            <translation>解锁用户</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
    </context>
</TS>
