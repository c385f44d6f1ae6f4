// ClienteleTestSupport
